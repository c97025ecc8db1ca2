using System.ComponentModel.DataAnnotations;

namespace Credence.Core.Matching;

/// <summary>
/// Weights and thresholds of the matcher. Every score is in [0,1]. Defaults are the values measured in docs/accuracy.md;
/// hosts bind this from configuration and validate it at start-up.
/// </summary>
public sealed class MatchingOptions
{
    /// <summary>Minimum score for a hit. Default 0.70: the highest F1 on the labelled name pairs, in steps of 0.05 (see docs/accuracy.md).</summary>
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.70;

    /// <summary>Added when a stated date of birth agrees with a listed one. Default 0.05.</summary>
    [Range(0.0, 1.0)]
    public double BirthDateMatchBonus { get; set; } = 0.05;

    /// <summary>Subtracted when both sides state a date of birth and none agrees (half of it when a year apart). Default 0.35: enough to take an exact name below the default threshold.</summary>
    [Range(0.0, 1.0)]
    public double BirthDateMismatchPenalty { get; set; } = 0.35;

    /// <summary>Added when a stated country is among the listed ones. Default 0.03.</summary>
    [Range(0.0, 1.0)]
    public double CountryMatchBonus { get; set; } = 0.03;

    /// <summary>Subtracted when both sides state countries and none agrees. Default 0.08.</summary>
    [Range(0.0, 1.0)]
    public double CountryMismatchPenalty { get; set; } = 0.08;

    /// <summary>Score floor when an identifier matches exactly: an identifier match carries a hit on its own. Default 0.95.</summary>
    [Range(0.0, 1.0)]
    public double IdentifierMatchScore { get; set; } = 0.95;

    /// <summary>Subtracted when the query's schema contradicts the entity's (a person against a vessel). Default 0.30.</summary>
    [Range(0.0, 1.0)]
    public double SchemaMismatchPenalty { get; set; } = 0.30;

    /// <summary>Subtracted when the best name is a weak (low-quality) alias. Default 0.05.</summary>
    [Range(0.0, 1.0)]
    public double WeakAliasPenalty { get; set; } = 0.05;

    /// <summary>How many candidates the index passes to full scoring at most. Default 400.</summary>
    [Range(1, 100_000)]
    public int MaxCandidates { get; set; } = 400;
}
