using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A challenge with its named endorsements (in list order) and contacts.</summary>
public sealed record ChallengeSummary(Challenge Challenge, IReadOnlyList<ChallengeEndorsement> Endorsements, IReadOnlyList<ChallengeContact> Contacts)
{
    /// <summary>Named plus anonymous endorsements.</summary>
    public int TotalEndorsements => Endorsements.Count + Challenge.AnonymousEndorsements;
}
