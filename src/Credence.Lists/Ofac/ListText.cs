using System.Text;
using System.Text.Unicode;
using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// Reads a list file's bytes and decodes them leniently. Used by the OFAC and UN readers; nothing here is OFAC-specific, so it can move
/// to Common when another reader wants it.
/// </summary>
internal static class ListText
{
    /// <summary>Largest file read, in bytes (256 MiB): the full OFAC sdn.xml is about 30 MiB, so anything larger is not a list.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Windows-1252, OFAC's legacy CSV encoding. Taken from the provider directly so no process-wide registration is needed.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>Reads the whole stream. Throws <see cref="ListFormatException"/> when it is over <see cref="MaxBytes"/>.</summary>
    public static byte[] ReadAll(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > MaxBytes)
                throw new ListFormatException(fileName, $"byte {MaxBytes}", $"the file is larger than {MaxBytes / (1024 * 1024)} MiB; no list is that large");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Decodes bytes: a byte-order mark wins; text that looks like UTF-16 without a mark is read as UTF-16; otherwise valid UTF-8 is
    /// read as UTF-8 and anything else with <paramref name="legacy"/>. <paramref name="note"/> says what was done when the result is
    /// not what <paramref name="expected"/> names ("UTF-8" or "Windows-1252"), or null.
    /// </summary>
    public static string Decode(byte[] bytes, Encoding legacy, string expected, out string? note)
    {
        note = null;
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var valid = Utf8.IsValid(span[3..]);
            if (!string.Equals(expected, "UTF-8", StringComparison.Ordinal) || !valid)
                note = valid ? $"the file is UTF-8 (it has a UTF-8 byte-order mark), not {expected}; decoded as UTF-8"
                    : "the file has a UTF-8 byte-order mark but invalid UTF-8 bytes; those were replaced";
            return Encoding.UTF8.GetString(span[3..]);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Note(new UTF32Encoding(false, false), span[4..], "UTF-32", expected, out note);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Note(Encoding.Unicode, span[2..], "UTF-16", expected, out note);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Note(Encoding.BigEndianUnicode, span[2..], "UTF-16 big-endian", expected, out note);
        if (LooksLikeUtf16(span, out var bigEndian))
            return Note(bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode, span, bigEndian ? "UTF-16 big-endian" : "UTF-16", expected, out note);
        if (!HasNonAscii(span)) return Encoding.ASCII.GetString(span);
        if (Utf8.IsValid(span))
        {
            if (!string.Equals(expected, "UTF-8", StringComparison.Ordinal))
                note = $"the file is valid UTF-8 with non-ASCII characters, not {expected}; decoded as UTF-8";
            return Encoding.UTF8.GetString(span);
        }
        if (string.Equals(expected, "UTF-8", StringComparison.Ordinal))
            note = $"the file is not valid UTF-8; decoded as {legacy.WebName}";
        return legacy.GetString(span);
    }

    private static string Note(Encoding encoding, ReadOnlySpan<byte> body, string name, string expected, out string? note)
    {
        note = $"the file is {name}, not {expected}; decoded as {name}";
        return encoding.GetString(body);
    }

    // Latin text in UTF-16 has a zero in every other byte; a text file in a single-byte encoding has none.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> span, out bool bigEndian)
    {
        bigEndian = false;
        var sample = span[..Math.Min(span.Length, 4096)];
        if (sample.Length < 4) return false;
        int evenZeros = 0, oddZeros = 0, pairs = sample.Length / 2;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> span) => span.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
}
