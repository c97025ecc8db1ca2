namespace Credence.Store.Credentials.Model;

/// <summary>What a challenge is filed against.</summary>
public enum ChallengeTarget
{
    Delegation,

    Authority,

    /// <summary>One person in a delegation.</summary>
    Person,
}
