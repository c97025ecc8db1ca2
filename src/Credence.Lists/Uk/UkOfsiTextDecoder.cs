using System.Text;
using System.Text.Unicode;

namespace Credence.Lists.Uk;

/// <summary>
/// Chooses the text encoding of a ConList CSV. OFSI publishes UTF-8 today, but older files (the 2016 excerpt) and files re-saved in
/// Excel are Windows-1252: those are decoded leniently instead of rejected, and the caller reports it.
/// </summary>
internal static class UkOfsiTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Registered once per process: the Windows-1252 fallback and ExcelDataReader both need code pages .NET does not ship by default.
    private static readonly Lazy<Encoding> Cp1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>The encoding of <paramref name="bytes"/>, the length of its byte-order mark, and whether it fell back to Windows-1252.</summary>
    public static (Encoding Encoding, int Preamble, bool Fallback) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode, 2, false);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, 2, false);
        var preamble = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (Utf8.IsValid(bytes[preamble..])) return (StrictUtf8, preamble, false);
        // Windows-1252 rather than ISO-8859-1: same letters, plus the curly quotes Excel writes in 0x80..0x9F.
        return (Cp1252.Value, preamble, true);
    }

    /// <summary>Registers the code-pages provider (once per process) before ExcelDataReader needs it.</summary>
    public static void EnsureCodePages() => _ = Cp1252.Value;

    /// <summary>Reads <paramref name="content"/> to its end into one array (the stream stays open).</summary>
    public static byte[] ReadAll(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = content.CanSeek ? new MemoryStream(checked((int)Math.Max(0, content.Length - content.Position))) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
