using System.Text.Json.Serialization;

namespace Credence.Core.Networks;

/// <summary>A chain from a listed party down to the entity. Serialises as {share, steps}.</summary>
/// <param name="Share">The chain's economic share of the entity, as a fraction (product of the percentages); null when a step is control.</param>
/// <param name="Steps">Edges from the listed party (first step's From) to the entity (last step's To).</param>
public sealed record OwnershipPath(double? Share, IReadOnlyList<OwnershipStep> Steps)
{
    /// <summary>The chain in words, e.g. "MEHL (listed by EU, US and UK) owns 100% of Myanmar Brewery". Not serialised.</summary>
    [JsonIgnore]
    public string? Explanation { get; init; }
}
