namespace Credence.Store.Credentials.Model;

/// <summary>
/// The people one authority sends to represent a member at a session: one row per member, session and submitting
/// authority (a second authority's submission is a second row and opens a <see cref="RepresentationDispute"/>). Its
/// persons and letter are versioned: an amendment adds a new <see cref="DelegationVersion"/> and a new set of
/// <see cref="DelegationPerson"/> rows, and the old ones stay.
/// </summary>
public sealed class Delegation
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public long SessionId { get; set; }

    /// <summary>The authority that submitted it and whose credential letter appoints it.</summary>
    public long AuthorityId { get; set; }

    public DelegationStatus Status { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public required string SubmittedBy { get; set; }

    public SubmissionChannel Channel { get; set; }

    /// <summary>True when first submitted after the session's credentials deadline; the submission is kept all the same.</summary>
    public bool IsLate { get; set; }

    /// <summary>True once the committee decided on the member for the session: a change then needs a new decision.</summary>
    public bool IsLocked { get; set; }

    /// <summary>The current version, 1 on submission; persons and letter of this version are the delegation as it stands.</summary>
    public int Version { get; set; }

    public DateTimeOffset? LastChangedAt { get; set; }
}
