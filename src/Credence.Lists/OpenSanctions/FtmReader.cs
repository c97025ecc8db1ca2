using System.Text;
using System.Text.Unicode;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Reads FollowTheMoney JSON lines (one entity per line) and OpenSanctions delta files ({"op", "entity"} per line) into records,
/// line by line in bounded memory, without interpreting them. A bad line is a diagnostic naming its line (and System.Text.Json's byte
/// position in it) and reading goes on; a file in which no line is a usable JSON object throws <see cref="ListFormatException"/>.
/// Relationship schemas (Ownership, Family, ...) are returned like any other record, for callers that read networks.
/// </summary>
public static class FtmReader
{
    /// <summary>Longest line read, in bytes (32 MiB); a longer line is skipped with an error diagnostic.</summary>
    public const int MaxLineBytes = 32 * 1024 * 1024;

    /// <summary>Longest property value kept, in characters (65,536); a longer one is cut with a warning.</summary>
    public const int MaxValueLength = 65_536;

    /// <summary>Deepest JSON nesting accepted on a line (64, System.Text.Json's default); a deeper line is skipped with an error.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Reads entity lines lazily. <paramref name="fileName"/> names the file in diagnostics. Problems are added to
    /// <paramref name="diagnostics"/> as they are met. UTF-16 input is converted (with a warning); invalid UTF-8 is decoded with
    /// replacement characters (with a warning).
    /// </summary>
    /// <exception cref="ListFormatException">When enumeration ends and the file was empty or no line was a usable entity object.</exception>
    public static IEnumerable<FtmRecord> ReadEntities(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ReadLines(content, fileName, diagnostics, FtmJsonParser.ParseEntity, "FollowTheMoney entity", cancellationToken);
    }

    /// <summary>Reads delta lines lazily; see <see cref="ReadEntities"/> for encodings and diagnostics. Apply them with
    /// <see cref="FtmDelta.Apply"/>.</summary>
    /// <exception cref="ListFormatException">When enumeration ends and the file was empty or no line was a usable delta object.</exception>
    public static IEnumerable<FtmDeltaRecord> ReadDelta(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ReadLines(content, fileName, diagnostics, FtmJsonParser.ParseDelta, "OpenSanctions delta operation", cancellationToken);
    }

    /// <summary>Parses one UTF-8 line holding one entity object, for callers with their own line source. Returns null (with a
    /// diagnostic) when the line is not a usable entity, and null without one when it is blank.</summary>
    public static FtmRecord? ParseEntityLine(ReadOnlySpan<byte> utf8Line, int lineNumber, string fileName,
        ICollection<ParseDiagnostic> diagnostics)
    {
        var context = new LineContext(fileName, diagnostics) { Line = lineNumber };
        return FtmJsonParser.ParseEntity(utf8Line, context, out _);
    }

    private delegate T? LineParser<T>(ReadOnlySpan<byte> line, LineContext context, out FtmLineOutcome outcome);

    private static IEnumerable<T> ReadLines<T>(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics,
        LineParser<T> parse, string what, CancellationToken cancellationToken)
        where T : class
    {
        var context = new LineContext(fileName, diagnostics);
        var lines = new JsonLineSource(OpenAsUtf8(content, context), MaxLineBytes);
        var records = 0;
        var nonBlank = 0;
        while (lines.TryReadLine(out var line))
        {
            cancellationToken.ThrowIfCancellationRequested();
            context.Line = lines.LineNumber;
            if (lines.LineTooLong)
            {
                nonBlank++;
                context.Report(null, $"The line is longer than {MaxLineBytes / (1024 * 1024)} MiB; it was skipped.", DiagnosticSeverity.Error);
                continue;
            }
            var record = ParseLine(line.Span, context, parse, out var outcome);
            if (outcome == FtmLineOutcome.Blank) continue;
            nonBlank++;
            if (record is null) continue;
            records++;
            yield return record;
        }
        if (records > 0) yield break;
        if (nonBlank == 0) throw new ListFormatException(fileName, "line 1", $"The file is empty; expected one {what} per line.");
        var first = context.FirstProblem;
        throw new ListFormatException(fileName, first?.Location ?? "line 1",
            $"No line is a {what} in JSON (first problem: {first?.Message ?? "none"}).");
    }

    private static T? ParseLine<T>(ReadOnlySpan<byte> line, LineContext context, LineParser<T> parse, out FtmLineOutcome outcome)
        where T : class
    {
        if (Utf8.IsValid(line)) return parse(line, context, out outcome);
        // Lenient: decode with replacement characters so one bad byte costs one character, not the record.
        context.Report(null, "The line is not valid UTF-8; undecodable bytes were replaced with U+FFFD.");
        var repaired = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line));
        return parse(repaired, context, out outcome);
    }

    /// <summary>FollowTheMoney files are UTF-8. UTF-16 (with a byte order mark, or ASCII with zero bytes between) is converted,
    /// and the conversion is reported.</summary>
    private static Stream OpenAsUtf8(Stream content, LineContext context)
    {
        var head = new byte[4];
        var length = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var replay = new ReplayStream(head, length, content);
        Encoding? utf16 = null;
        if (length >= 2 && head[0] == 0xFF && head[1] == 0xFE) utf16 = Encoding.Unicode;
        else if (length >= 2 && head[0] == 0xFE && head[1] == 0xFF) utf16 = Encoding.BigEndianUnicode;
        else if (length == 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) utf16 = Encoding.Unicode;
        else if (length == 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) utf16 = Encoding.BigEndianUnicode;
        if (utf16 is null) return replay;
        context.Line = 1;
        context.Report(null, $"The file is {utf16.WebName.ToUpperInvariant()}, not UTF-8; it was converted.");
        return Encoding.CreateTranscodingStream(replay, utf16, Encoding.UTF8, leaveOpen: true);
    }
}
