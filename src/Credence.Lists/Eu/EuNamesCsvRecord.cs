namespace Credence.Lists.Eu;

/// <summary>One row of the EU names extract CSV, every cell as written (null when the column is absent).</summary>
public sealed record EuNamesCsvRecord
{
    /// <summary>The 1-based line the row starts on (the header is line 1).</summary>
    public int Line { get; init; }
    /// <summary>The first alias of the entity as the extract chose it; spacing kept as published.</summary>
    public required string Name { get; init; }
    /// <summary>Every name of the entity, the Name first, joined by ", " in one cell.</summary>
    public string? Alias { get; init; }
    /// <summary>A country name in capitals ("MYANMAR"), several joined by ", ", or empty.</summary>
    public string? Nationality { get; init; }
    /// <summary>"person" or "enterprise".</summary>
    public string? Designation { get; init; }
    /// <summary>The type of the latest act ("amendment", "regulation", "repealing"), not a programme.</summary>
    public string? SanctionType { get; init; }
    public string? Source { get; init; }
}
