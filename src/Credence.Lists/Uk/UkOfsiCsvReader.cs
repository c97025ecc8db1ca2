using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Lists.Uk;

/// <summary>
/// Reads the OFSI ConList CSV: line 1 "Last Updated,dd/mm/yyyy", line 2 the header, then one row per name variant. Columns are found
/// by header name, quoted cells may hold line breaks, and the text is UTF-8 or (with a warning) Windows-1252. No interpretation:
/// cells come back as published.
/// </summary>
public static class UkOfsiCsvReader
{
    /// <summary>
    /// Longest cell read, in characters (16 Mi). Far above any real cell (the longest Other Information is about 4,200 characters),
    /// it only stops a broken file whose unclosed quote swallows the rest of a huge file into one cell. The mapper caps fields much
    /// lower.
    /// </summary>
    public const int MaxCellChars = 16 * 1024 * 1024;

    /// <summary>Reads every row of a ConList CSV.</summary>
    /// <param name="content">The file's bytes; read once, to the end, and not closed.</param>
    /// <param name="fileName">The file name used in diagnostics and errors.</param>
    /// <param name="cancellationToken">Checked between rows.</param>
    /// <exception cref="ListFormatException">The first line is not "Last Updated,...", the second is not a ConList header, or a cell
    /// is longer than <see cref="MaxCellChars"/>.</exception>
    public static UkOfsiFile Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var diagnostics = new List<ParseDiagnostic>();

        // The encoding can only be judged on all the bytes (the first non-ASCII byte may be far down), so the file is read whole.
        var bytes = UkOfsiTextDecoder.ReadAll(content, cancellationToken);
        var (encoding, preamble, fallback) = UkOfsiTextDecoder.Detect(bytes);
        if (fallback)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, "line 1", null,
                "The file is not valid UTF-8; it was read as Windows-1252 (Latin-1), so check accented letters."));
        }

        var badCells = new List<ParseDiagnostic>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            MaxFieldSize = MaxCellChars,
            BadDataFound = args => badCells.Add(new ParseDiagnostic(fileName, $"line {args.Context.Parser?.RawRow}", null,
                "Malformed quoting; the cell was read as it stands.")),
        };

        using var text = new StreamReader(new MemoryStream(bytes, preamble, bytes.Length - preamble, writable: false), encoding,
            detectEncodingFromByteOrderMarks: false);
        using var parser = new CsvParser(text, config);

        var nextLine = 1;
        string[]? NextRow(out int line)
        {
            line = nextLine;
            try
            {
                if (!parser.Read()) return null;
            }
            catch (MaxFieldSizeException ex)
            {
                throw new ListFormatException(fileName, $"line {line}",
                    $"A cell is longer than {MaxCellChars:N0} characters (an unclosed quote?); the file cannot be read.", ex);
            }

            nextLine = parser.RawRow + 1;
            return parser.Record;
        }

        var heading = NextRow(out var headingLine)
            ?? throw new ListFormatException(fileName, "line 1", "The file is empty; an OFSI ConList CSV starts with \"Last Updated,dd/mm/yyyy\".");
        if (heading.Length == 0 || !string.Equals(heading[0].Trim('\uFEFF', ' '), "Last Updated", StringComparison.OrdinalIgnoreCase))
        {
            throw new ListFormatException(fileName, $"line {headingLine}",
                "The first line is not \"Last Updated,dd/mm/yyyy\", so this is not an OFSI ConList CSV.");
        }

        var header = NextRow(out var headerLine);
        var columns = header is null ? null : UkOfsiColumns.TryCreate(header);
        if (columns is null)
        {
            throw new ListFormatException(fileName, $"line {headerLine}",
                $"The second line is not the ConList header (it must name {UkOfsiColumns.RequiredDescription}).");
        }

        if (columns.UnknownHeaders.Count > 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, $"line {headerLine}", null,
                $"Columns not read: {string.Join(", ", columns.UnknownHeaders)}."));
        }

        var records = new List<UkOfsiRecord>();
        while (NextRow(out var line) is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            diagnostics.AddRange(badCells);
            badCells.Clear();
            var location = $"line {line}";
            columns.CheckWidth(row, fileName, location, diagnostics);
            records.Add(columns.ToRecord(row, location));
        }

        diagnostics.AddRange(badCells);
        return new UkOfsiFile
        {
            LastUpdatedText = heading.Length > 1 ? heading[1] : "",
            LastUpdatedLocation = $"line {headingLine}",
            Records = records,
            Diagnostics = diagnostics,
        };
    }
}
