using System.Text;

namespace Credence.Store.Csv;

/// <summary>
/// Writes CSV cells that are safe to open in a spreadsheet: a cell that starts with <c>= + - @</c>, a tab or a carriage return
/// gets a leading apostrophe, so a list or customer name such as <c>=HYPERLINK(...)</c> is shown as text instead of run as a
/// formula (CSV injection). Cells are quoted as RFC 4180 asks when they hold a comma, quote or line break.
/// </summary>
public static class CsvSafe
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>The line end written after each row: CRLF, as RFC 4180 and spreadsheets expect.</summary>
    public const string LineEnd = "\r\n";

    /// <summary>The cell text with a leading apostrophe when it could be read as a formula; null becomes "".</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return Array.IndexOf(FormulaStarts, value[0]) >= 0 ? "'" + value : value;
    }

    /// <summary>One CSV field: <see cref="Escape"/>d, then quoted (with quotes doubled) when needed.</summary>
    public static string Field(string? value)
    {
        var text = Escape(value);
        if (text.IndexOfAny(NeedsQuotes) < 0) return text;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>One CSV row of <see cref="Field"/>s, without the line end.</summary>
    public static string Row(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sb = new StringBuilder();
        var first = true;
        foreach (var value in values)
        {
            if (!first) sb.Append(',');
            first = false;
            sb.Append(Field(value));
        }
        return sb.ToString();
    }

    /// <summary>Writes one row and <see cref="LineEnd"/>.</summary>
    public static void WriteRow(TextWriter writer, params IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Row(values));
        writer.Write(LineEnd);
    }
}
