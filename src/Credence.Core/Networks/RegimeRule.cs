namespace Credence.Core.Networks;

/// <summary>
/// How one sanctions regime extends a listing to the entities listed parties own or control. One options object per regime: the
/// OFAC, EU and UK rules differ, and a user may configure another (see docs/networks.md for the sources of the shipped rules).
/// </summary>
public sealed record RegimeRule
{
    /// <summary>The regime's name in results ("OFAC", "EU", "UK"); listings map to it through <see cref="ExposureOptions.AuthorityRegimes"/>.</summary>
    public required string Name { get; init; }

    /// <summary>Ownership share, as a fraction in (0,1], at which an entity is treated as owned; default 0.5.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>True when a share equal to <see cref="Threshold"/> is enough ("50% or more"); false when it must be exceeded ("more than 50%").</summary>
    public bool ThresholdInclusive { get; init; } = true;

    /// <summary>
    /// True when the shares of different listed (and derived) owners are added up; false when one listed party, with the entities
    /// it owns or controls, must reach the threshold on its own.
    /// </summary>
    public bool AggregateOwners { get; init; } = true;

    /// <summary>True when control without a majority of shares (a Control edge) is enough; false when only ownership counts.</summary>
    public bool ControlCounts { get; init; }

    /// <summary>Where the rule comes from, for reports; free text.</summary>
    public string? Basis { get; init; }

    /// <summary>
    /// OFAC's 50 percent rule (FAQ 401, revised guidance of 13 August 2014): entities owned 50% or more, directly or indirectly,
    /// individually or in aggregate, by blocked persons are blocked; control alone does not block.
    /// </summary>
    public static RegimeRule Ofac { get; } = new()
    {
        Name = "OFAC",
        Threshold = 0.5,
        ThresholdInclusive = true,
        AggregateOwners = true,
        ControlCounts = false,
        Basis = "OFAC FAQ 401 and Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are Blocked (13 Aug 2014)",
    };

    /// <summary>
    /// The EU's "owned or controlled" test as the Council's Best Practices state it since their update of 3 July 2024: 50% or more of
    /// the proprietary rights, the holdings of several listed persons aggregated, or control.
    /// </summary>
    public static RegimeRule Eu { get; } = new()
    {
        Name = "EU",
        Threshold = 0.5,
        ThresholdInclusive = true,
        AggregateOwners = true,
        ControlCounts = true,
        Basis = "EU Best Practices for the effective implementation of restrictive measures (update of 3 Jul 2024); Commission FAQ on Regulation 269/2014 (aggregation)",
    };

    /// <summary>
    /// The EU test as it read before July 2024 and as issue 5 states it: more than 50%, aggregated, or control. Shipped for
    /// comparisons and historical screenings.
    /// </summary>
    public static RegimeRule EuBefore2024 { get; } = Eu with
    {
        ThresholdInclusive = false,
        Basis = "EU Best Practices before the update of 3 Jul 2024 (more than 50% of proprietary rights); Commission FAQ (aggregation)",
    };

    /// <summary>
    /// The UK test (OFSI general guidance, chapter 4): more than 50% of shares or voting rights, or control; different designated
    /// persons' holdings are not simply aggregated (joint arrangements are not in the data, so they are not modelled).
    /// </summary>
    public static RegimeRule Uk { get; } = new()
    {
        Name = "UK",
        Threshold = 0.5,
        ThresholdInclusive = false,
        AggregateOwners = false,
        ControlCounts = true,
        Basis = "OFSI Financial sanctions general guidance, chapter 4 (ownership and control; aggregation paragraph added March 2022)",
    };

    /// <summary>True when a share (fraction) reaches the threshold, within 1e-9 so that 25% + 25% is exactly 50%.</summary>
    public bool Reaches(double share) =>
        ThresholdInclusive ? share >= Threshold - 1e-9 : share > Threshold + 1e-9;

    /// <exception cref="ArgumentException">The name is empty or the threshold is outside (0,1].</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Name, nameof(Name));
        if (double.IsNaN(Threshold) || Threshold <= 0 || Threshold > 1)
            throw new ArgumentException($"Regime {Name}: threshold {Threshold} is outside (0,1].", nameof(Threshold));
    }
}
