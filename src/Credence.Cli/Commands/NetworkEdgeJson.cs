using Credence.Core.Networks;

namespace Credence.Cli.Commands;

/// <summary>A link in <c>network neighbours --json</c>: {from, to, type, percentage, role, start, end, source}.</summary>
/// <param name="From">Owner, director, member or subject id.</param>
/// <param name="To">Asset, organisation or object id.</param>
/// <param name="Type">The kind of link, by name ("Ownership").</param>
/// <param name="Percentage">Share in percent (0..100) for ownership when known, else null.</param>
/// <param name="Role">Role, relationship, kind of control or goods, as published; or null.</param>
/// <param name="Start">First day the link holds, or null when open.</param>
/// <param name="End">Last day the link holds, or null when open.</param>
/// <param name="Source">Where the link was stated (dataset or file), or null.</param>
internal sealed record NetworkEdgeJson(
    string From,
    string To,
    EdgeType Type,
    double? Percentage,
    string? Role,
    DateOnly? Start,
    DateOnly? End,
    string? Source)
{
    public static NetworkEdgeJson Of(NetworkEdge edge) =>
        new(edge.FromId, edge.ToId, edge.Type, edge.Percentage, edge.Role, edge.Start, edge.End, edge.Source);
}
