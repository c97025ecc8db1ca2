namespace Credence.Core.Networks;

/// <summary>A node found around the queried entity.</summary>
/// <param name="Node">The node.</param>
/// <param name="Distance">Hops from the queried entity (1 for a direct link).</param>
/// <param name="Path">One shortest path from the queried entity to this node.</param>
public sealed record NeighbourNode(NetworkNode Node, int Distance, NetworkPath Path);
