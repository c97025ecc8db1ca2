namespace Credence.Web.Credentials;

/// <summary>A delegation submission: the session, the member, the appointing authority and the persons (exactly one head).</summary>
public sealed record DelegationRequest(long SessionId, long MemberId, long AuthorityId, IReadOnlyList<PersonRequest>? Persons);
