namespace Credence.Lists.Graph;

/// <summary>Settings of <see cref="FtmGraphReader"/>.</summary>
public sealed record FtmGraphReaderOptions
{
    /// <summary>Confidence given to every edge read, in [0,1]; default 1 (the source states the link as fact).</summary>
    public double DefaultConfidence { get; init; } = 1.0;

    /// <summary>Longest line read, in characters; longer lines are skipped with a diagnostic. Default 8,388,608.</summary>
    public int MaxLineChars { get; init; } = 8 * 1024 * 1024;

    /// <summary>Longest name kept, in characters; longer names are cut with a diagnostic. Default 4,096.</summary>
    public int MaxNameChars { get; init; } = 4096;

    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (double.IsNaN(DefaultConfidence) || DefaultConfidence < 0 || DefaultConfidence > 1)
            throw new ArgumentOutOfRangeException(nameof(DefaultConfidence), DefaultConfidence, "Confidence must be in [0,1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineChars, 1024, nameof(MaxLineChars));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNameChars, 16, nameof(MaxNameChars));
    }
}
