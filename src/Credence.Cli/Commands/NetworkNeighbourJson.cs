using Credence.Core.Networks;

namespace Credence.Cli.Commands;

/// <summary>One entity found around the queried one: {entityId, name, distance, listedBy, explanation, steps:[{from, to, type}]}.</summary>
/// <param name="EntityId">The entity's id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Distance">Links from the queried entity (1 for a direct link).</param>
/// <param name="ListedBy">Authority codes of its listings in force on the day ("us", "eu", "gb", ...); empty when it is not listed.</param>
/// <param name="Explanation">One shortest path from the queried entity, in one sentence.</param>
/// <param name="Steps">That path's links, as the source states their direction.</param>
internal sealed record NetworkNeighbourJson(
    string EntityId,
    string Name,
    int Distance,
    IReadOnlyList<string> ListedBy,
    string Explanation,
    IReadOnlyList<PathStep> Steps);
