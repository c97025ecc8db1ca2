using System.Globalization;
using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Reads OpenSanctions targets.simple.csv rows with CsvHelper, by header name (any order, any case), streaming. Cells longer than
/// <see cref="FtmReader.MaxValueLength"/> characters are cut with a warning; invalid UTF-8 is decoded with replacement characters
/// and reported once.
/// </summary>
public static class OpenSanctionsSimpleCsvReader
{
    /// <summary>Longest cell CsvHelper buffers, in characters (16 Mi); a longer one means the file is broken (an unclosed quote).</summary>
    public const int MaxFieldChars = 16 * 1024 * 1024;

    private static readonly string[] Required = ["id", "schema", "name"];

    /// <summary>Reads rows lazily; problems go to <paramref name="diagnostics"/>.</summary>
    /// <exception cref="ListFormatException">The file has no header with id, schema and name columns, or a cell longer than
    /// <see cref="MaxFieldChars"/>.</exception>
    public static IEnumerable<OpenSanctionsSimpleRecord> Read(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var text = new StreamReader(content, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 65536, leaveOpen: true);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            MissingFieldFound = null,
            BadDataFound = null,
            IgnoreBlankLines = false,
            MaxFieldSize = MaxFieldChars,
        });
        if (!TryRead(csv, fileName, 1)) throw new ListFormatException(fileName, "line 1", "The file is empty; expected a targets.simple.csv header.");
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.Parser.Count; i++) columns.TryAdd(csv.Parser[i].Trim().TrimStart('\uFEFF'), i);
        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ListFormatException(fileName, "line 1",
                $"The header has no {string.Join(", ", missing)} column: this is not an OpenSanctions targets.simple.csv file.");
        }
        var line = CountNewlines(csv.Parser.RawRecord);
        var reportedEncoding = false;
        while (TryRead(csv, fileName, line + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = line + 1;
            line += CountNewlines(csv.Parser.RawRecord);
            if (csv.Parser.Count == 1 && csv.Parser[0].Length == 0) continue;
            string Cell(string column)
            {
                if (!columns.TryGetValue(column, out var index) || index >= csv.Parser.Count) return "";
                var value = csv.Parser[index];
                if (!reportedEncoding && value.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    reportedEncoding = true;
                    diagnostics.Add(new ParseDiagnostic(fileName, LineText(start), column,
                        "The file is not valid UTF-8; undecodable bytes were replaced with U+FFFD (reported once)."));
                }
                if (value.Length <= FtmReader.MaxValueLength) return value;
                diagnostics.Add(new ParseDiagnostic(fileName, LineText(start), column, string.Create(CultureInfo.InvariantCulture,
                    $"A value of {value.Length:N0} characters was cut to {FtmReader.MaxValueLength:N0}.")));
                return value[..FtmReader.MaxValueLength];
            }
            yield return new OpenSanctionsSimpleRecord
            {
                Line = start,
                Id = Cell("id"),
                Schema = Cell("schema"),
                Name = Cell("name"),
                Aliases = Cell("aliases"),
                BirthDate = Cell("birth_date"),
                Countries = Cell("countries"),
                Addresses = Cell("addresses"),
                Identifiers = Cell("identifiers"),
                Sanctions = Cell("sanctions"),
                Phones = Cell("phones"),
                Emails = Cell("emails"),
                ProgramIds = Cell("program_ids"),
                Dataset = Cell("dataset"),
                FirstSeen = Cell("first_seen"),
                LastSeen = Cell("last_seen"),
                LastChange = Cell("last_change"),
            };
        }
    }

    private static bool TryRead(CsvReader csv, string fileName, int line)
    {
        try
        {
            return csv.Read();
        }
        catch (MaxFieldSizeException ex)
        {
            throw new ListFormatException(fileName, LineText(line), string.Create(CultureInfo.InvariantCulture,
                $"A cell is longer than {MaxFieldChars:N0} characters; a quote is probably not closed."), ex);
        }
    }

    // CsvHelper reports the line a row ends on; counting the row's own line breaks gives the line it starts on.
    private static int CountNewlines(string raw) => raw.AsSpan().Count('\n');

    private static string LineText(int line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");
}
