namespace Credence.Cli.Batch;

/// <summary>One data row of an input CSV.</summary>
/// <param name="Number">The row's number in the file as a spreadsheet shows it: the header is row 1.</param>
/// <param name="Fields">The cells, as read.</param>
/// <param name="Error">Why the row is malformed (a stray quote, for instance); null when it parsed cleanly.</param>
internal sealed record CsvRow(int Number, string[] Fields, string? Error)
{
    /// <summary>The trimmed cell at <paramref name="column"/>; null when the column is absent (-1), missing or empty.</summary>
    public string? Get(int column)
    {
        if (column < 0 || column >= Fields.Length) return null;
        var value = Fields[column].Trim();
        return value.Length == 0 ? null : value;
    }
}
