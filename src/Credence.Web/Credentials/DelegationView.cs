using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;

namespace Credence.Web.Credentials;

/// <summary>A delegation as the API shows it: its state, current persons, letter and the dispute it is part of.</summary>
public sealed record DelegationView(
    long Id, long SessionId, long MemberId, long AuthorityId, DelegationStatus Status, int Version, bool IsLate, bool IsLocked,
    SubmissionChannel Channel, DateTimeOffset SubmittedAt, string SubmittedBy, IReadOnlyList<PersonView> Persons, LetterView? Letter,
    long? DisputeId)
{
    public static DelegationView From(SubmittedDelegation submitted)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var d = submitted.Delegation;
        return new(d.Id, d.SessionId, d.MemberId, d.AuthorityId, d.Status, d.Version, d.IsLate, d.IsLocked, d.Channel, d.SubmittedAt,
            d.SubmittedBy, [.. submitted.Persons.Select(PersonView.From)], submitted.Letter is null ? null : LetterView.From(submitted.Letter),
            submitted.Dispute?.Id);
    }
}
