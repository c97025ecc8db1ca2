namespace Credence.Web.Endpoints;

/// <summary>A challenge filed by hand through <c>POST /api/challenges</c>.</summary>
/// <param name="SessionId">The session it concerns.</param>
/// <param name="Target">delegation, authority or person.</param>
/// <param name="TargetId">The delegation, authority or delegation-person id.</param>
/// <param name="MemberId">Needed only for an authority that claims several members.</param>
/// <param name="Title">Required, up to 500 characters.</param>
/// <param name="Date">The date the challenge bears, if any.</param>
/// <param name="Addressees">Who it is addressed to.</param>
/// <param name="Text">Its text.</param>
/// <param name="Demands">What it asks for.</param>
/// <param name="Contacts">Contact people.</param>
/// <param name="Endorsers">Endorsing organisations; deduplicated, alphabetised and numbered on save.</param>
/// <param name="AnonymousEndorsements">Counted, never named; not negative.</param>
public sealed record ChallengeCreateRequest(
    long SessionId,
    string Target,
    long TargetId,
    long? MemberId,
    string Title,
    DateOnly? Date,
    IReadOnlyList<string>? Addressees,
    string? Text,
    IReadOnlyList<string>? Demands,
    IReadOnlyList<ChallengeContactItem>? Contacts,
    IReadOnlyList<string>? Endorsers,
    int AnonymousEndorsements);
