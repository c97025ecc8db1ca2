namespace Credence.Store.Credentials.Model;

/// <summary>
/// Two or more authorities submitted delegations for one member and session. Opened automatically by the second
/// submission; neither claimant gets rights from it: the committee's decision says who, if anyone, represents the member.
/// The competing delegations are in <see cref="DisputeDelegation"/>.
/// </summary>
public sealed class RepresentationDispute
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public long SessionId { get; set; }

    public DisputeStatus Status { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The decision that settled it for the session, if any.</summary>
    public long? DecisionId { get; set; }
}
