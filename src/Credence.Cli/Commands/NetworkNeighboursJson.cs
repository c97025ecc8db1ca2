namespace Credence.Cli.Commands;

/// <summary>
/// <c>network neighbours --json</c>: {entityId, name, at, hops, truncated, nodes:[...], edges:[...]}, nearest nodes first.
/// </summary>
/// <param name="EntityId">The entity queried.</param>
/// <param name="Name">Its display name.</param>
/// <param name="At">The day the links hold on.</param>
/// <param name="Hops">The most links walked from the entity.</param>
/// <param name="Truncated">True when the search stopped at its node limit before all hops were explored.</param>
/// <param name="Nodes">The entities found, nearest first.</param>
/// <param name="Edges">Every followed link among the entities found (the queried one included): what a drawing shows.</param>
internal sealed record NetworkNeighboursJson(
    string EntityId,
    string Name,
    DateOnly At,
    int Hops,
    bool Truncated,
    IReadOnlyList<NetworkNeighbourJson> Nodes,
    IReadOnlyList<NetworkEdgeJson> Edges);
