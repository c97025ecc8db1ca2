namespace Credence.Store.Credentials;

/// <summary>A delegation submitted for a member and session by one authority, with its credential letter.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="MemberId">The member represented.</param>
/// <param name="AuthorityId">The authority that appoints the delegation (and issued the letter).</param>
/// <param name="Persons">The people: exactly one head, then delegates, alternates, advisers and observers.</param>
/// <param name="Letter">The credential letter, if uploaded with the submission.</param>
public sealed record DelegationSubmission(
    long SessionId, long MemberId, long AuthorityId, IReadOnlyList<PersonInput> Persons, LetterInput? Letter);
