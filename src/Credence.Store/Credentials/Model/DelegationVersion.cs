namespace Credence.Store.Credentials.Model;

/// <summary>One version of a delegation: who made it, when, why, and whether it came after the deadline.</summary>
public sealed class DelegationVersion
{
    public long Id { get; set; }

    public long DelegationId { get; set; }

    /// <summary>1 for the submission, then 2, 3… for each amendment.</summary>
    public int Version { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }

    /// <summary>"submitted", or the reason given for the amendment.</summary>
    public required string Reason { get; set; }

    /// <summary>True when this version came after the credentials deadline.</summary>
    public bool IsLate { get; set; }

    /// <summary>The credential letter of this version, if one was given.</summary>
    public long? LetterId { get; set; }
}
