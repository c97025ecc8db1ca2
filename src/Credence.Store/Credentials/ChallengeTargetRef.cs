using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>What a challenge is filed against, and for which session.</summary>
/// <param name="SessionId">The session it concerns.</param>
/// <param name="Target">Delegation, authority or person.</param>
/// <param name="TargetId">The delegation, authority or delegation-person id.</param>
/// <param name="MemberId">The member concerned; needed only for an authority that claims more than one member (otherwise taken from the target).</param>
public sealed record ChallengeTargetRef(long SessionId, ChallengeTarget Target, long TargetId, long? MemberId = null);
