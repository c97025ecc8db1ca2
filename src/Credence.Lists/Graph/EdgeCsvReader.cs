using System.Globalization;
using System.Text;
using Credence.Core.Entities;
using Credence.Core.Networks;
using Credence.Lists.Common;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Lists.Graph;

/// <summary>
/// Reads Credence's simple edges CSV into a <see cref="NetworkGraphBuilder"/>. Header (any order, any case):
/// from_id, to_id, type, percentage, start, end, source, confidence, and optionally role. Required: from_id, to_id, type.
/// type is an <see cref="EdgeType"/> name (Ownership, Directorship, Control, Family, Associate, Membership, Supplier, UnknownLink;
/// snake_case and case do not matter); percentage is 0..100 ("60" or "60%"); start and end are ISO dates (YYYY, YYYY-MM or
/// YYYY-MM-DD); confidence is 0..1 (default 1). A bad row is a diagnostic and reading goes on.
/// </summary>
public sealed class EdgeCsvReader
{
    private const int MaxTextChars = 4096;
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly string[] Columns = ["from_id", "to_id", "type", "percentage", "start", "end", "source", "confidence", "role"];

    /// <summary>Reads one CSV file into <paramref name="into"/>. Nodes the edges name become placeholders unless another file describes them.</summary>
    /// <exception cref="ListFormatException">The header lacks from_id, to_id or type: the file is not an edges CSV.</exception>
    public GraphReadResult Read(Stream content, string fileName, NetworkGraphBuilder into, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var diagnostics = new List<ParseDiagnostic>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            MissingFieldFound = null,
            HeaderValidated = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = args => diagnostics.Add(new ParseDiagnostic(fileName, $"line {args.Context.Parser?.RawRow}", null,
                "Badly quoted field; read as written.", DiagnosticSeverity.Warning)),
        };
        using var text = new StreamReader(content, LenientUtf8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            throw new ListFormatException(fileName, "line 1", "Not an edges CSV: the file is empty.");
        var index = Columns.ToDictionary(c => c, c => Array.FindIndex(header, h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase)), StringComparer.Ordinal);
        if (index["from_id"] < 0 || index["to_id"] < 0 || index["type"] < 0)
            throw new ListFormatException(fileName, "line 1", "Not an edges CSV: the header needs from_id, to_id and type columns.");

        var edges = 0;
        while (csv.Read())
        {
            if ((csv.Parser.Row & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            var location = $"line {csv.Parser.RawRow}";
            var record = csv.Parser.Record ?? [];
            string? Field(string column) => index[column] is var i && i >= 0 && i < record.Length && record[i].Length > 0 ? record[i] : null;
            void Diagnose(string? field, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
                diagnostics.Add(new ParseDiagnostic(fileName, location, field, message, severity));

            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (record.Any(f => f.Contains('\uFFFD', StringComparison.Ordinal))) Diagnose(null, "The row is not valid UTF-8; bad bytes were replaced.");
            var from = Field("from_id");
            var to = Field("to_id");
            if (from is null || to is null)
            {
                Diagnose(from is null ? "from_id" : "to_id", "The row has no entity id and was skipped.", DiagnosticSeverity.Error);
                continue;
            }
            if (from.Length > MaxTextChars || to.Length > MaxTextChars)
            {
                Diagnose(from.Length > MaxTextChars ? "from_id" : "to_id", $"An id longer than {MaxTextChars} characters; the row was skipped.", DiagnosticSeverity.Error);
                continue;
            }
            if (string.Equals(from, to, StringComparison.Ordinal))
            {
                Diagnose("to_id", $"The row links {from} to itself and was skipped.", DiagnosticSeverity.Error);
                continue;
            }
            if (!TryType(Field("type"), out var type))
            {
                Diagnose("type", $"'{Field("type")}' is not an edge type (Ownership, Directorship, Control, Family, Associate, Membership, Supplier, UnknownLink); the row was skipped.", DiagnosticSeverity.Error);
                continue;
            }
            double? percentage = null;
            if (Field("percentage") is { } pctText)
            {
                if (FtmValues.TryPercentage(pctText, out var pct) && pct is >= 0 and <= 100) percentage = pct;
                else Diagnose("percentage", $"'{pctText}' is not a percentage between 0 and 100; the share is treated as unknown.");
            }
            if (percentage is not null && type != EdgeType.Ownership)
                Diagnose("percentage", $"A percentage on a {type} edge means nothing to the rules; it is kept as stated.");
            DateOnly? start = ParseDate(Field("start"), end: false, "start", Diagnose);
            DateOnly? end = ParseDate(Field("end"), end: true, "end", Diagnose);
            if (start is { } a && end is { } b && b < a)
            {
                Diagnose("end", "The end is before the start; the end is ignored.");
                end = null;
            }
            var confidence = 1.0;
            if (Field("confidence") is { } confText)
            {
                if (double.TryParse(confText, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c is >= 0 and <= 1) confidence = c;
                else Diagnose("confidence", $"'{confText}' is not a confidence in [0,1]; 1 is used.");
            }
            if (into.AddEdge(new NetworkEdge(from, to, type)
            {
                Percentage = percentage,
                Start = start,
                End = end,
                Source = Cut(Field("source"), "source", Diagnose) ?? fileName,
                Role = Cut(Field("role"), "role", Diagnose),
                Confidence = confidence,
            })) edges++;
        }
        return new GraphReadResult { Source = fileName, Edges = edges, Diagnostics = diagnostics };
    }

    /// <summary>Parses an edge type name: "Ownership", "ownership", "unknown_link" and "UNKNOWN-LINK" all work.</summary>
    public static bool TryType(string? text, out EdgeType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = text.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse(compact, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(compact, CultureInfo.InvariantCulture, out _);
    }

    private static DateOnly? ParseDate(string? text, bool end, string field, Action<string?, string, DiagnosticSeverity> diagnose)
    {
        if (text is null) return null;
        if (FtmValues.TryDate(text, end, out var date)) return date;
        diagnose(field, $"'{text}' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); treated as unknown.", DiagnosticSeverity.Warning);
        return null;
    }

    private static string? Cut(string? text, string field, Action<string?, string, DiagnosticSeverity> diagnose)
    {
        if (text is null || text.Length <= MaxTextChars) return text;
        diagnose(field, $"A value of {text.Length} characters was cut to {MaxTextChars}.", DiagnosticSeverity.Warning);
        return text[..MaxTextChars];
    }
}
