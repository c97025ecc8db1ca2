namespace Credence.Web.Endpoints;

/// <summary>A challenge in a list: what it is against and how many endorse it.</summary>
/// <param name="Id">The challenge id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Date">The date it bears, if any.</param>
/// <param name="SessionId">The session it concerns.</param>
/// <param name="MemberId">The member it concerns.</param>
/// <param name="MemberName">That member's name.</param>
/// <param name="Target">Delegation, Authority or Person.</param>
/// <param name="TargetId">The delegation, authority or delegation-person id.</param>
/// <param name="TargetName">A readable name of the target (the authority, the person, or the delegation's member).</param>
/// <param name="NamedEndorsements">Endorsing organisations listed by name.</param>
/// <param name="AnonymousEndorsements">Endorsements counted but not named.</param>
/// <param name="TotalEndorsements">Named plus anonymous.</param>
/// <param name="ReceivedAt">When it was filed.</param>
public sealed record ChallengeListItem(
    long Id,
    string Title,
    DateOnly? Date,
    long SessionId,
    long MemberId,
    string MemberName,
    string Target,
    long TargetId,
    string TargetName,
    int NamedEndorsements,
    int AnonymousEndorsements,
    int TotalEndorsements,
    DateTimeOffset ReceivedAt);
