using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;
using ExcelDataReader;

namespace Credence.Lists.Uk;

/// <summary>
/// Reads the OFSI ConList workbook: sheet "Data" (else the first sheet), row 1 "Last Updated" and the date, row 2 the header, then
/// one row per name variant, the same rows as the CSV. Yields the same <see cref="UkOfsiRecord"/>s as <see cref="UkOfsiCsvReader"/>.
/// </summary>
public static class UkOfsiXlsxReader
{
    /// <summary>The sheet OFSI puts the list on.</summary>
    public const string SheetName = "Data";

    /// <summary>Reads every row of a ConList workbook.</summary>
    /// <param name="content">The workbook's bytes; read once and not closed. A non-seekable stream is copied to memory first.</param>
    /// <param name="fileName">The file name used in diagnostics and errors.</param>
    /// <param name="cancellationToken">Checked between rows.</param>
    /// <exception cref="ListFormatException">The bytes are not a workbook (not a zip, a zip of something else, a damaged or cut-off
    /// file), or the sheet lacks the "Last Updated" row or the header.</exception>
    public static UkOfsiFile Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        UkOfsiTextDecoder.EnsureCodePages();
        using var seekable = new MemoryStream(UkOfsiTextDecoder.ReadAll(content, cancellationToken), writable: false);

        IExcelDataReader excel;
        try
        {
            excel = ExcelReaderFactory.CreateReader(seekable);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ListFormatException(fileName, "byte 0", $"Not an Excel workbook ({ex.Message}).", ex);
        }

        using (excel)
        {
            var row = 0;
            try
            {
                SelectSheet(excel);
                return ReadSheet(excel, fileName, ref row, cancellationToken);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or ListFormatException))
            {
                // ExcelDataReader reports a damaged zip or sheet part with its own exception types; one clear error is enough.
                throw new ListFormatException(fileName, $"sheet \"{excel.Name}\" row {row + 1}", $"The workbook is damaged ({ex.Message}).", ex);
            }
        }
    }

    private static void SelectSheet(IExcelDataReader excel)
    {
        var index = 0;
        var found = -1;
        do
        {
            if (string.Equals(excel.Name?.Trim(), SheetName, StringComparison.OrdinalIgnoreCase))
            {
                found = index;
                break;
            }

            index++;
        }
        while (excel.NextResult());

        excel.Reset();
        for (var i = 0; i < Math.Max(found, 0); i++) excel.NextResult();
    }

    private static UkOfsiFile ReadSheet(IExcelDataReader excel, string fileName, ref int row, CancellationToken cancellationToken)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var sheet = excel.Name ?? "";

        var heading = NextRow(excel, ref row);
        var headingRow = row;
        if (heading is null || !string.Equals(heading[0].Trim(), "Last Updated", StringComparison.OrdinalIgnoreCase))
        {
            throw new ListFormatException(fileName, $"sheet \"{sheet}\" row {Math.Max(headingRow, 1)}",
                "The first row is not \"Last Updated\" and a date, so this is not an OFSI ConList workbook.");
        }

        var header = NextRow(excel, ref row);
        var columns = header is null ? null : UkOfsiColumns.TryCreate(header);
        if (columns is null)
        {
            throw new ListFormatException(fileName, $"sheet \"{sheet}\" row {row}",
                $"The second row is not the ConList header (it must name {UkOfsiColumns.RequiredDescription}).");
        }

        if (columns.UnknownHeaders.Count > 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, $"row {row}", null, $"Columns not read: {string.Join(", ", columns.UnknownHeaders)}."));
        }

        var records = new List<UkOfsiRecord>();
        while (NextRow(excel, ref row) is { } cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var location = $"row {row}";
            columns.CheckWidth(cells, fileName, location, diagnostics);
            records.Add(columns.ToRecord(cells, location));
        }

        return new UkOfsiFile
        {
            LastUpdatedText = heading.Length > 1 ? heading[1] : "",
            LastUpdatedLocation = $"row {headingRow}",
            Records = records,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>The next row with any text, advancing <paramref name="row"/> (1-based sheet row); null at the end of the sheet.</summary>
    private static string[]? NextRow(IExcelDataReader excel, ref int row)
    {
        while (excel.Read())
        {
            row++;
            var cells = new string[excel.FieldCount];
            var any = false;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CellText(excel.GetValue(i));
                any |= cells[i].Length > 0;
            }

            // Blank rows (formatting left below the data) are skipped as the CSV reader skips blank lines.
            if (any) return cells;
        }

        return null;
    }

    // OFSI stores every cell as text, but a workbook re-saved by Excel may turn dates and ids into numbers: write them as the CSV does.
    private static string CellText(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
