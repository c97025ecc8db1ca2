namespace Credence.Store.Data;

/// <summary>One hit of a stored screening, with its explanation as it was when the screening ran.</summary>
public sealed class ScreeningHitRecord
{
    public long Id { get; set; }

    public long ScreeningId { get; set; }

    /// <summary>Position in the screening's result, 1 = best.</summary>
    public int Rank { get; set; }

    /// <summary>The listed entity, "source:sourceId".</summary>
    public required string EntityId { get; set; }

    public required string EntityName { get; set; }

    public required string Source { get; set; }

    /// <summary>The fingerprint of the entity's list record (<see cref="SnapshotEntity.RecordHash"/>) at the time; null for the built-in demo list.</summary>
    public string? RecordHash { get; set; }

    /// <summary>Score in [0,1].</summary>
    public double Score { get; set; }

    /// <summary>The <see cref="Core.Matching.HitExplanation"/> as JSON.</summary>
    public required string ExplanationJson { get; set; }

    /// <summary>Programmes, comma-separated, for display.</summary>
    public string? Programs { get; set; }

    /// <summary>"direct" for a listed entity, "linked" for an unlisted one that listed parties own or control or are related to.</summary>
    public string Kind { get; set; } = HitKinds.Direct;

    /// <summary>For a linked hit: the relation, the regimes and the path in words; null for a direct hit.</summary>
    public string? LinkPath { get; set; }

    /// <summary>The alert this hit raised, if it raised one.</summary>
    public long? AlertId { get; set; }

    /// <summary>
    /// The false-positive alert whose decision suppressed this hit, if one did. A suppressed hit is stored and shown as
    /// suppressed; it raises no alert.
    /// </summary>
    public long? SuppressedByAlertId { get; set; }
}
