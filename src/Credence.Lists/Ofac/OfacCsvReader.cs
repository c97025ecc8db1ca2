using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Lists.Ofac;

/// <summary>
/// Reads OFAC's legacy CSV files (sdn.csv, add.csv, alt.csv, sdn_comments.csv and their cons_* twins) into records. The files have no
/// header, are Windows-1252 and end with an end-of-file byte (0x1A), which is ignored; "-0-" means empty. Valid UTF-8 with non-ASCII
/// characters, or UTF-16, is decoded as such with a warning.
/// </summary>
/// <remarks>
/// A row with the wrong number of fields or no numeric ent_num is an error diagnostic and is skipped; reading goes on. A file in which
/// no row at all is readable throws <see cref="ListFormatException"/>, as does a file over <see cref="ListText.MaxBytes"/>.
/// </remarks>
public static class OfacCsvReader
{
    public const int PrimaryColumns = 12;
    public const int AddressColumns = 6;
    public const int AliasColumns = 5;
    public const int CommentColumns = 2;

    /// <summary>Reads sdn.csv or cons_prim.csv. An empty file throws <see cref="ListFormatException"/>: it holds no list.</summary>
    public static IReadOnlyList<OfacCsvRecord> ReadPrimary(
        Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default) =>
        ReadRows(content, fileName, PrimaryColumns, allowEmpty: false, diagnostics, cancellationToken, (f, raw, entNum) =>
        {
            var name = Value(f[1]);
            if (name is null)
            {
                diagnostics.Add(new ParseDiagnostic(fileName, raw.Location, "SDN_Name", "the row has no name; row skipped", DiagnosticSeverity.Error));
                return null;
            }
            return new OfacCsvRecord(raw, entNum, name, Value(f[2]), Value(f[3]), Value(f[4]), Value(f[5]), Value(f[6]), Value(f[7]),
                Value(f[8]), Value(f[9]), Value(f[10]), Value(f[11]));
        });

    /// <summary>Reads add.csv or cons_add.csv. An empty file is an empty list.</summary>
    public static IReadOnlyList<OfacCsvAddressRecord> ReadAddresses(
        Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default) =>
        ReadRows(content, fileName, AddressColumns, allowEmpty: true, diagnostics, cancellationToken, (f, raw, entNum) =>
            new OfacCsvAddressRecord(raw, entNum, Value(f[1]), Value(f[2]), Value(f[3]), Value(f[4]), Value(f[5])));

    /// <summary>Reads alt.csv or cons_alt.csv. An empty file is an empty list.</summary>
    public static IReadOnlyList<OfacCsvAliasRecord> ReadAliases(
        Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default) =>
        ReadRows(content, fileName, AliasColumns, allowEmpty: true, diagnostics, cancellationToken, (f, raw, entNum) =>
            new OfacCsvAliasRecord(raw, entNum, Value(f[1]), Value(f[2]), Value(f[3]), Value(f[4])));

    /// <summary>Reads sdn_comments.csv or cons_comments.csv. An empty file is an empty list.</summary>
    public static IReadOnlyList<OfacCsvCommentRecord> ReadComments(
        Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default) =>
        ReadRows(content, fileName, CommentColumns, allowEmpty: true, diagnostics, cancellationToken, (f, raw, entNum) =>
            // Remarks continue mid-word, so the text is kept untrimmed apart from OFAC's empty marker.
            new OfacCsvCommentRecord(raw, entNum, IsEmptyMarker(f[1]) ? null : f[1]));

    private static List<T> ReadRows<T>(
        Stream content, string fileName, int columns, bool allowEmpty, ICollection<ParseDiagnostic> diagnostics,
        CancellationToken cancellationToken, Func<string[], RawRecordRef, int, T?> build)
        where T : class
    {
        var text = Decode(content, fileName, diagnostics, cancellationToken);
        var records = new List<T>();
        string? firstBadLine = null;
        var rows = 0;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            DetectDelimiter = false,
            BadDataFound = args => diagnostics.Add(new ParseDiagnostic(fileName, $"line {args.Context.Parser?.RawRow ?? 0}", null,
                "bad quoting (a stray quote, or a quoted field that never ends); the field was read as it stands")),
            MissingFieldFound = null,
        };
        using var parser = new CsvParser(new StringReader(text), config);
        var previousRawRow = 0L;
        try
        {
            while (parser.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows++;
                var line = StartLine(parser, previousRawRow);
                previousRawRow = parser.RawRow;
                var location = $"line {line}";
                var fields = parser.Record ?? [];
                if (fields.Length != columns)
                {
                    firstBadLine ??= location;
                    diagnostics.Add(new ParseDiagnostic(fileName, location, null,
                        $"the row has {fields.Length} fields, expected {columns}; row skipped", DiagnosticSeverity.Error));
                    continue;
                }
                if (!int.TryParse(fields[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var entNum))
                {
                    firstBadLine ??= location;
                    diagnostics.Add(new ParseDiagnostic(fileName, location, "ent_num",
                        $"'{Shorten(fields[0])}' is not an entity number; row skipped", DiagnosticSeverity.Error));
                    continue;
                }
                if (build(fields, new RawRecordRef(fileName, location), entNum) is { } record) records.Add(record);
            }
        }
        catch (CsvHelperException exception)
        {
            throw new ListFormatException(fileName, $"line {parser.RawRow}", "the CSV could not be read: " + exception.Message, exception);
        }
        if (records.Count == 0 && rows > 0 && firstBadLine is not null)
            throw new ListFormatException(fileName, firstBadLine,
                $"this is not an OFAC legacy CSV file: no row has a numeric ent_num and {columns} fields");
        if (rows == 0 && !allowEmpty)
            throw new ListFormatException(fileName, "line 1", "the file holds no rows");
        return records;
    }

    private static string Decode(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var bytes = ListText.ReadAll(content, fileName, cancellationToken);
        var text = ListText.Decode(bytes, ListText.Windows1252, "Windows-1252", out var note);
        if (note is not null) diagnostics.Add(new ParseDiagnostic(fileName, "line 1", null, note));
        // OFAC ends each file with the DOS end-of-file byte (0x1A), sometimes after the last line break.
        var end = text.Length;
        while (end > 0 && (text[end - 1] == '\u001A' || text[end - 1] is '\r' or '\n')) end--;
        return end == text.Length ? text : text[..end];
    }

    // RawRow counts physical lines read so far; a quoted field can span lines, so the row starts after the previous one ended.
    private static long StartLine(CsvParser parser, long previousRawRow)
    {
        var raw = parser.RawRecord.AsSpan().TrimEnd("\r\n");
        var breaks = raw.Count('\n');
        return Math.Max(previousRawRow + 1, parser.RawRow - breaks);
    }

    private static bool IsEmptyMarker(string field) => field.AsSpan().Trim().SequenceEqual("-0-");

    private static string? Value(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length == 0 || trimmed == "-0-" ? null : trimmed;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
