namespace Credence.Core.Matching;

/// <summary>Per-call screening options.</summary>
public sealed record ScreenOptions
{
    /// <summary>Minimum score for a hit, in [0,1]; null uses <see cref="MatchingOptions.Threshold"/>.</summary>
    public double? Threshold { get; init; }

    /// <summary>At most this many hits, best first. Default 10.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Score every entity instead of the index's candidates. Slow; for checking the index.</summary>
    public bool Exhaustive { get; init; }
}
