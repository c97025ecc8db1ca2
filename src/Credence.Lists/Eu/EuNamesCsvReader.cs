using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Credence.Core.Entities;
using Credence.Lists.Common;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Lists.Eu;

/// <summary>
/// Reads the EU names extract CSV (header Name, Alias, Nationality, Designation, Sanction Type, Source; comma separated, standard
/// quoting) into <see cref="EuNamesCsvRecord"/>s without interpreting any cell. Columns are found by header name in any order;
/// only Name is required.
/// </summary>
public sealed class EuNamesCsvReader
{
    private static readonly string[] OptionalColumns = ["Alias", "Nationality", "Designation", "Sanction Type", "Source"];

    /// <summary>
    /// Reads the whole of <paramref name="content"/> (the stream is left open). Text is UTF-8; a file that is not valid UTF-8 is
    /// decoded as Windows-1252 (Latin-1) with a warning. Names are cut at 4,096 characters and alias cells at 65,536, with a warning.
    /// </summary>
    /// <exception cref="ListFormatException">The file is empty or its header has no Name column.</exception>
    public EuRecordSet<EuNamesCsvRecord> Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new List<ParseDiagnostic>();
        var text = Decode(content, fileName, diagnostics, cancellationToken);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = args => diagnostics.Add(new ParseDiagnostic(fileName,
                string.Create(CultureInfo.InvariantCulture, $"line {args.Context.Parser?.RawRow ?? 0}"), null,
                "a quote appears inside an unquoted cell; the row was read as written.")),
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || csv.Parser.Record is not { Length: > 0 } header)
            throw new ListFormatException(fileName, "line 1", "the file is empty; expected a header starting Name,Alias,Nationality,Designation.");

        var name = IndexOf(header, "Name");
        if (name < 0)
            throw new ListFormatException(fileName, "line 1",
                $"the header has no Name column, so this is not the EU names CSV (header: {Shorten(string.Join(',', header))}).");
        var optional = OptionalColumns.ToDictionary(c => c, c => IndexOf(header, c), StringComparer.Ordinal);
        foreach (var (column, index) in optional)
        {
            if (index < 0 && !string.Equals(column, "Source", StringComparison.Ordinal) && !string.Equals(column, "Sanction Type", StringComparison.Ordinal))
                diagnostics.Add(new ParseDiagnostic(fileName, "line 1", column, "column missing from the header; left empty for every row."));
        }

        var records = new List<EuNamesCsvRecord>();
        while (csv.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = csv.Parser.Record ?? [];
            var line = StartLine(csv.Parser);
            var where = string.Create(CultureInfo.InvariantCulture, $"line {line}");
            string? Cell(int index, string column, int max) =>
                index >= 0 && index < fields.Length ? EuFieldLimits.Cap(fields[index], max, fileName, where, column, diagnostics) : null;
            records.Add(new EuNamesCsvRecord
            {
                Line = line,
                Name = Cell(name, "Name", EuFieldLimits.Name) ?? "",
                Alias = Cell(optional["Alias"], "Alias", EuFieldLimits.Text),
                Nationality = Cell(optional["Nationality"], "Nationality", EuFieldLimits.Name),
                Designation = Cell(optional["Designation"], "Designation", EuFieldLimits.Name),
                SanctionType = Cell(optional["Sanction Type"], "Sanction Type", EuFieldLimits.Name),
                Source = Cell(optional["Source"], "Source", EuFieldLimits.Name),
            });
        }
        return new EuRecordSet<EuNamesCsvRecord> { Records = records, Diagnostics = diagnostics };
    }

    /// <summary>
    /// The whole file as text. The extract is small (about 1.3 MB), so it is read whole: that lets a file that is not UTF-8 be
    /// decoded again as Windows-1252 instead of carrying replacement characters into every accented name.
    /// </summary>
    private static string Decode(Stream content, string fileName, List<ParseDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
        diagnostics.Add(new ParseDiagnostic(fileName, "whole file", null,
            "the file is not valid UTF-8; it was decoded as Windows-1252 (Latin-1). Check accented names against the source."));
        return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
    }

    private static int IndexOf(string[] header, string column) =>
        Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));

    /// <summary>The line a record starts on: the parser counts the line it ended on, and a quoted cell may span several.</summary>
    private static int StartLine(IParser parser)
    {
        var raw = parser.RawRecord.AsSpan().TrimEnd("\r\n");
        return parser.RawRow - raw.Count('\n');
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
