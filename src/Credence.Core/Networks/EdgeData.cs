namespace Credence.Core.Networks;

/// <summary>One edge in compact form (builder and graph): node indices, day numbers and interned strings.</summary>
internal struct EdgeData
{
    /// <summary>Percent, or NaN when the source gives none.</summary>
    public double Percentage;
    public double Confidence;
    public string? Id;
    public int From;
    public int To;
    /// <summary><see cref="DateOnly.DayNumber"/>, or int.MinValue when open.</summary>
    public int Start;
    /// <summary><see cref="DateOnly.DayNumber"/>, or int.MaxValue when open.</summary>
    public int End;
    /// <summary>Index into the graph's string table, or -1.</summary>
    public int Role;
    /// <summary>Index into the graph's string table, or -1.</summary>
    public int Source;
    public EdgeType Type;
}
