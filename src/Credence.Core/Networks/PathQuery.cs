namespace Credence.Core.Networks;

/// <summary>Which edges a shortest-path search may use.</summary>
public sealed record PathQuery
{
    /// <summary>Longest path searched, 1..20 edges; default 6.</summary>
    public int MaxHops { get; init; } = 6;

    /// <summary>Edge types to use; null (default) uses every type.</summary>
    public IReadOnlyCollection<EdgeType>? EdgeTypes { get; init; }

    /// <summary>Only edges that hold on this day, and listings in force on it in the explanation; null (default) ignores dates.</summary>
    public DateOnly? At { get; init; }

    /// <summary>Edges below this confidence are not used; default 0.</summary>
    public double MinConfidence { get; init; }

    /// <exception cref="ArgumentOutOfRangeException">A bound is outside its range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHops, 1, nameof(MaxHops));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxHops, 20, nameof(MaxHops));
        if (double.IsNaN(MinConfidence) || MinConfidence < 0 || MinConfidence > 1)
            throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "Confidence must be in [0,1].");
    }
}
