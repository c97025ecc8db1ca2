namespace Credence.Store.Credentials.Model;

/// <summary>
/// A message to the credentials committee, e.g. "new hit on accredited delegate X". A <see cref="CommitteeNoticeKind.ReviewReopened"/>
/// notice marks the member's current decision as under review until a new decision settles it (which sets
/// <see cref="SettledByDecisionId"/>); the decision row itself is never edited.
/// </summary>
public sealed class CommitteeNotice
{
    public long Id { get; set; }

    public long SessionId { get; set; }

    public long MemberId { get; set; }

    public CommitteeNoticeKind Kind { get; set; }

    public required string Message { get; set; }

    public long? PersonId { get; set; }

    public long? AlertId { get; set; }

    /// <summary>The decision under review, for <see cref="CommitteeNoticeKind.ReviewReopened"/>.</summary>
    public long? DecisionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The later decision that settled the matter, if any.</summary>
    public long? SettledByDecisionId { get; set; }
}
