namespace Credence.Core.Networks;

/// <summary>The entities within N hops of one entity, with a shortest path to each, and the edges among them.</summary>
public sealed record NeighbourhoodResult
{
    public required NetworkNode Center { get; init; }

    /// <summary>Found nodes, nearest first (the centre not included).</summary>
    public required IReadOnlyList<NeighbourNode> Nodes { get; init; }

    /// <summary>Every followed-type edge in force between two nodes of the result (centre included): what a drawing shows.</summary>
    public required IReadOnlyList<NetworkEdge> Edges { get; init; }

    /// <summary>True when <see cref="NeighbourhoodQuery.MaxNodes"/> stopped the search before all hops were explored.</summary>
    public bool Truncated { get; init; }
}
