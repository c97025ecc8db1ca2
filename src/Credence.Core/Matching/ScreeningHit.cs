using Credence.Core.Entities;

namespace Credence.Core.Matching;

/// <summary>A candidate match: a listed entity, its score in [0,1], and why.</summary>
public sealed record ScreeningHit(SanctionEntity Entity, double Score, HitExplanation Explanation);
