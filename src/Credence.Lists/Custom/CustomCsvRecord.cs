namespace Credence.Lists.Custom;

/// <summary>One row of a custom watchlist CSV, cells as written ("" when the column is absent or empty).</summary>
public sealed class CustomCsvRecord
{
    /// <summary>The 1-based line the row starts on; the default id.</summary>
    public required int Line { get; init; }

    public required string Name { get; init; }
    public string Id { get; init; } = "";
    public string Schema { get; init; } = "";
    public string Dob { get; init; } = "";
    public string Country { get; init; } = "";
    public string Identifier { get; init; } = "";
    public string Aliases { get; init; } = "";
    public string Notes { get; init; } = "";
}
