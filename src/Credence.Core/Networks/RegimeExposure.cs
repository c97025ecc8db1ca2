using System.Text.Json.Serialization;

namespace Credence.Core.Networks;

/// <summary>The entity under one regime. Serialises as {regime, blocked, aggregate, paths}.</summary>
/// <param name="Regime">The regime's name ("OFAC", "EU", "UK", ...).</param>
/// <param name="Blocked">True when the regime treats the entity as listed: listed itself, owned at the threshold, or (where control counts) controlled.</param>
/// <param name="Aggregate">The share, as a fraction in [0,1], that the regime counts: in aggregate by all blocked direct owners, or, where
/// owners are not aggregated, the largest held by one listed party with the entities it owns or controls. Capped at 1.</param>
/// <param name="Paths">The chains from listed parties that the regime counts, largest share first.</param>
public sealed record RegimeExposure(string Regime, bool Blocked, double Aggregate, IReadOnlyList<OwnershipPath> Paths)
{
    /// <summary>Why it is blocked, or <see cref="ExposureBasis.None"/>. Not serialised.</summary>
    [JsonIgnore]
    public ExposureBasis Basis { get; init; }
}
