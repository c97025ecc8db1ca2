namespace Credence.Core.Networks;

/// <summary>Which regimes an exposure report covers, how listings map to them, and the bounds that keep a query fast.</summary>
public sealed record ExposureOptions
{
    /// <summary>The regimes reported, in order; default OFAC, EU, UK.</summary>
    public IReadOnlyList<RegimeRule> Regimes { get; init; } = [RegimeRule.Ofac, RegimeRule.Eu, RegimeRule.Uk];

    /// <summary>
    /// Listing authority code to regime name; default us to OFAC, eu to EU, gb to UK. A listing whose authority is not here counts for
    /// effective ownership only.
    /// </summary>
    public IReadOnlyDictionary<string, string> AuthorityRegimes { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["us"] = "OFAC",
        ["eu"] = "EU",
        ["gb"] = "UK",
    };

    /// <summary>Edges below this confidence are ignored; default 0.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Most owners and controllers collected above the entity, 1..10,000,000; default 200,000. Beyond it the result warns.</summary>
    public int MaxUpstreamNodes { get; init; } = 200_000;

    /// <summary>Most explained paths per regime, 0..10,000; default 25 (largest shares first).</summary>
    public int MaxPaths { get; init; } = 25;

    /// <summary>Longest explained path, in edges, 1..100; default 12.</summary>
    public int MaxPathLength { get; init; } = 12;

    /// <summary>Effective ownership is iterated until no value moves more than this; default 1e-9.</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>Most sweeps of the effective-ownership iteration, 1..100,000; default 1,000. Reaching it is reported as a warning.</summary>
    public int MaxIterations { get; init; } = 1_000;

    /// <summary>Most warnings listed, 1..10,000; default 100. The last one says how many more there were.</summary>
    public int MaxWarnings { get; init; } = 100;

    /// <exception cref="ArgumentException">A bound is out of range, a regime is invalid, or two regimes share a name.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Regimes, nameof(Regimes));
        ArgumentNullException.ThrowIfNull(AuthorityRegimes, nameof(AuthorityRegimes));
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Regimes)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(Regimes));
            rule.Validate();
            if (!names.Add(rule.Name)) throw new ArgumentException($"Regime {rule.Name} is configured twice.", nameof(Regimes));
        }
        if (double.IsNaN(MinConfidence) || MinConfidence < 0 || MinConfidence > 1)
            throw new ArgumentException($"MinConfidence {MinConfidence} is outside [0,1].", nameof(MinConfidence));
        Check(MaxUpstreamNodes, 1, 10_000_000, nameof(MaxUpstreamNodes));
        Check(MaxPaths, 0, 10_000, nameof(MaxPaths));
        Check(MaxPathLength, 1, 100, nameof(MaxPathLength));
        Check(MaxIterations, 1, 100_000, nameof(MaxIterations));
        Check(MaxWarnings, 1, 10_000, nameof(MaxWarnings));
        if (double.IsNaN(Tolerance) || Tolerance <= 0 || Tolerance > 0.01)
            throw new ArgumentException($"Tolerance {Tolerance} is outside (0,0.01].", nameof(Tolerance));
    }

    private static void Check(int value, int min, int max, string name)
    {
        if (value < min || value > max) throw new ArgumentException($"{name} {value} is outside {min}..{max}.", name);
    }
}
