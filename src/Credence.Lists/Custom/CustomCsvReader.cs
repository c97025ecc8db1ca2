using System.Globalization;
using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Lists.Custom;

/// <summary>
/// Reads a custom watchlist CSV (see docs/lists/custom-watchlist.md) with CsvHelper: a header row naming the columns in any order and
/// case, then one row per party. Only <c>name</c> is required; unknown columns are ignored with one warning. Streams the file.
/// </summary>
public static class CustomCsvReader
{
    /// <summary>The columns Credence reads, lower case.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["name", "id", "schema", "dob", "country", "identifier", "aliases", "notes"];

    /// <summary>Longest cell kept, in characters (65,536); a longer one is cut with a warning.</summary>
    public const int MaxCellLength = 65_536;

    /// <summary>Longest cell CsvHelper buffers, in characters (16 Mi); a longer one means the file is broken (an unclosed quote).</summary>
    public const int MaxFieldChars = 16 * 1024 * 1024;

    /// <summary>Reads rows lazily; problems go to <paramref name="diagnostics"/>.</summary>
    /// <exception cref="ListFormatException">The file is empty, its header has no <c>name</c> column, or a cell is longer than
    /// <see cref="MaxFieldChars"/>.</exception>
    public static IEnumerable<CustomCsvRecord> Read(Stream content, string fileName, ICollection<ParseDiagnostic> diagnostics,
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
        if (!TryRead(csv, fileName, 1)) throw new ListFormatException(fileName, "line 1", "The file is empty; expected a header row with a name column.");
        var columns = ReadHeader(csv, fileName, diagnostics);
        var line = csv.Parser.RawRecord.AsSpan().Count('\n');
        var reportedEncoding = false;
        while (TryRead(csv, fileName, line + 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = line + 1;
            line += csv.Parser.RawRecord.AsSpan().Count('\n');
            if (Enumerable.Range(0, csv.Parser.Count).All(i => string.IsNullOrWhiteSpace(csv.Parser[i]))) continue;
            string Cell(string column)
            {
                if (!columns.TryGetValue(column, out var index) || index >= csv.Parser.Count) return "";
                var value = csv.Parser[index];
                if (!reportedEncoding && value.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    reportedEncoding = true;
                    diagnostics.Add(new ParseDiagnostic(fileName, LineText(start), column,
                        "The file is not valid UTF-8; undecodable bytes were replaced with U+FFFD (reported once). Save it as UTF-8."));
                }
                if (value.Length <= MaxCellLength) return value;
                diagnostics.Add(new ParseDiagnostic(fileName, LineText(start), column, string.Create(CultureInfo.InvariantCulture,
                    $"A value of {value.Length:N0} characters was cut to {MaxCellLength:N0}.")));
                return value[..MaxCellLength];
            }
            yield return new CustomCsvRecord
            {
                Line = start,
                Name = Cell("name"),
                Id = Cell("id"),
                Schema = Cell("schema"),
                Dob = Cell("dob"),
                Country = Cell("country"),
                Identifier = Cell("identifier"),
                Aliases = Cell("aliases"),
                Notes = Cell("notes"),
            };
        }
    }

    private static Dictionary<string, int> ReadHeader(CsvReader csv, string fileName, ICollection<ParseDiagnostic> diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ignored = new List<string>();
        for (var i = 0; i < csv.Parser.Count; i++)
        {
            var header = csv.Parser[i].Trim().TrimStart('\uFEFF');
            var key = header.ToLowerInvariant();
            if (!Columns.Contains(key))
            {
                if (header.Length > 0) ignored.Add(header);
                continue;
            }
            if (!columns.TryAdd(key, i))
            {
                diagnostics.Add(new ParseDiagnostic(fileName, "line 1", header,
                    string.Create(CultureInfo.InvariantCulture, $"The column appears twice; column {i + 1} was ignored.")));
            }
        }
        if (!columns.ContainsKey("name"))
        {
            throw new ListFormatException(fileName, "line 1",
                "The header row has no \"name\" column; a custom watchlist needs one (see docs/lists/custom-watchlist.md).");
        }
        if (ignored.Count > 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, "line 1", null,
                $"Columns not read: {string.Join(", ", ignored)} (known columns: {string.Join(", ", Columns)})."));
        }
        return columns;
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

    private static string LineText(int line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");
}
