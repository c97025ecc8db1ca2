namespace Credence.Store.Credentials.Model;

/// <summary>The organisation's recorded decision on one authority's claim, append-only: a change is a new row.</summary>
public sealed class RecognitionDecision
{
    public long Id { get; set; }

    public long ClaimId { get; set; }

    /// <summary>The session the decision was taken for, if it was taken for one.</summary>
    public long? SessionId { get; set; }

    public RecognitionOutcome Outcome { get; set; }

    /// <summary>The organ that decided, e.g. "Executive Committee".</summary>
    public required string Organ { get; set; }

    public DateOnly DecidedOn { get; set; }

    public required string Grounds { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
