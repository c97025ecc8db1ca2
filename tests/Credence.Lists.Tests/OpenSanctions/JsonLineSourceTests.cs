using System.Text;
using Credence.Lists.OpenSanctions;

namespace Credence.Lists.Tests.OpenSanctions;

public sealed class JsonLineSourceTests
{
    /// <summary>Returns at most one byte per read, so every line crosses read boundaries.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }

    private static List<(int Line, string Text, bool TooLong)> ReadAll(Stream stream, int maxLineBytes)
    {
        var source = new JsonLineSource(stream, maxLineBytes);
        var lines = new List<(int, string, bool)>();
        while (source.TryReadLine(out var line)) lines.Add((source.LineNumber, Encoding.UTF8.GetString(line.Span), source.LineTooLong));
        return lines;
    }

    [Fact]
    public void TryReadLine_OneByteReads_SplitsLinesAndDropsCarriageReturns()
    {
        var lines = ReadAll(new TrickleStream(Encoding.UTF8.GetBytes("\uFEFFab\r\ncd\n\nef")), 1024);

        Assert.Equal([(1, "ab", false), (2, "cd", false), (3, "", false), (4, "ef", false)], lines);
    }

    [Fact]
    public void TryReadLine_LineOverTheLimit_IsDroppedAndTheNextLineIsRead()
    {
        var text = "short\n" + new string('x', 300_000) + "\nafter\n";

        var lines = ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), 100_000);

        Assert.Equal([(1, "short", false), (2, "", true), (3, "after", false)], lines);
    }

    [Fact]
    public void TryReadLine_LongLineUnderTheLimit_IsReturnedWhole()
    {
        var text = new string('y', 200_000) + "\nz";

        var lines = ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1_000_000);

        Assert.Equal(200_000, lines[0].Text.Length);
        Assert.Equal((2, "z", false), lines[1]);
    }
}
