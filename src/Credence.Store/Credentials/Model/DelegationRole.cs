namespace Credence.Store.Credentials.Model;

/// <summary>A person's role in a delegation; a delegation has exactly one <see cref="Head"/>.</summary>
public enum DelegationRole
{
    /// <summary>Head of delegation, appointed by the competent governmental authority; casts the member's vote.</summary>
    Head,

    Delegate,

    Alternate,

    Adviser,

    Observer,
}
