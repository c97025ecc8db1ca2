namespace Credence.Store.Credentials.Model;

/// <summary>
/// An authority's claim to represent a member from a date. Several claims on one member may run at once (after a coup);
/// none of them gives rights by itself: the organisation's <see cref="RecognitionDecision"/> on it, and the credentials
/// decision per session, do.
/// </summary>
public sealed class AuthorityClaim
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public long AuthorityId { get; set; }

    /// <summary>The day the claim was first made.</summary>
    public DateOnly ClaimedFrom { get; set; }

    /// <summary>The day the claim was withdrawn or lapsed; null while it stands.</summary>
    public DateOnly? ClaimedUntil { get; set; }

    /// <summary>What the authority bases its claim on, in its own words or the secretariat's summary.</summary>
    public string? Basis { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}
