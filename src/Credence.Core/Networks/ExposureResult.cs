using System.Text.Json.Serialization;

namespace Credence.Core.Networks;

/// <summary>
/// An entity's exposure to listed parties on one day. With System.Text.Json and camelCase it serialises exactly as
/// {entityId, effectiveOwnership, regimes:[{regime, blocked, aggregate, paths:[{share, steps:[{from, to, type, percentage}]}]}], warnings}.
/// </summary>
/// <param name="EntityId">The entity queried.</param>
/// <param name="EffectiveOwnership">The economic share, as a fraction in [0,1], that listed parties (any authority) hold: percentages multiplied
/// along chains and added across paths, through unlisted entities too. Supporting evidence, not a regime test.</param>
/// <param name="Regimes">One entry per configured regime, in configuration order.</param>
/// <param name="Warnings">What the data leaves open: missing percentages, holdings over 100%, truncations.</param>
public sealed record ExposureResult(
    string EntityId,
    double EffectiveOwnership,
    IReadOnlyList<RegimeExposure> Regimes,
    IReadOnlyList<NetworkWarning> Warnings)
{
    /// <summary>The day the exposure holds for. Not serialised.</summary>
    [JsonIgnore]
    public DateOnly At { get; init; }

    /// <summary>The regime result with that name, or null.</summary>
    public RegimeExposure? Regime(string name) => Regimes.FirstOrDefault(r => string.Equals(r.Regime, name, StringComparison.Ordinal));
}
