namespace Credence.Core.Networks;

/// <summary>What to collect around an entity.</summary>
public sealed record NeighbourhoodQuery
{
    /// <summary>Hops from the entity, 1..10; default 2.</summary>
    public int MaxHops { get; init; } = 2;

    /// <summary>Edge types to follow; null (default) follows every type.</summary>
    public IReadOnlyCollection<EdgeType>? EdgeTypes { get; init; }

    /// <summary>Only edges that hold on this day; null (default) ignores dates.</summary>
    public DateOnly? At { get; init; }

    /// <summary>Which way to follow edges; default both.</summary>
    public TraversalDirection Direction { get; init; } = TraversalDirection.Both;

    /// <summary>Edges below this confidence are not followed; default 0.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Stop after this many nodes (the entity not counted), 1..1,000,000; default 10,000. The result says when it stopped.</summary>
    public int MaxNodes { get; init; } = 10_000;

    /// <exception cref="ArgumentOutOfRangeException">A bound is outside its range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxHops, 1, nameof(MaxHops));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxHops, 10, nameof(MaxHops));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNodes, 1, nameof(MaxNodes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxNodes, 1_000_000, nameof(MaxNodes));
        if (double.IsNaN(MinConfidence) || MinConfidence < 0 || MinConfidence > 1)
            throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "Confidence must be in [0,1].");
    }
}
