namespace Credence.Store.SignOn;

/// <summary>Where an open letter is in its life: drafted, collecting endorsements, or closed.</summary>
public enum OpenLetterStatus
{
    /// <summary>Being written; nobody can sign it yet and its text may still change.</summary>
    Draft,

    /// <summary>Public and collecting endorsements until its deadline; its text is frozen.</summary>
    Open,

    /// <summary>No longer collecting; moderation and publishing into a challenge still work.</summary>
    Closed,
}
