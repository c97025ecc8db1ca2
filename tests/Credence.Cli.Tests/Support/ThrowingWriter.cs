using System.Text;

namespace Credence.Cli.Tests.Support;

/// <summary>A stdout that breaks on first write, like a closed pipe.</summary>
internal sealed class ThrowingWriter : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => throw new IOException("Broken pipe");

    public override void Write(string? value) => throw new IOException("Broken pipe");

    public override Task WriteAsync(string? value) => throw new IOException("Broken pipe");

    public override Task WriteLineAsync(string? value) => throw new IOException("Broken pipe");
}
