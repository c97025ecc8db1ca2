namespace Credence.Store.SignOn;

/// <summary>How following a confirmation link ended.</summary>
public enum ConfirmOutcome
{
    /// <summary>Confirmed now; the endorsement waits for moderation.</summary>
    Confirmed,

    /// <summary>It had been confirmed before; nothing changed.</summary>
    AlreadyConfirmed,

    /// <summary>The link is older than the confirmation lifetime; the organisation may submit again.</summary>
    Expired,

    /// <summary>No endorsement has this token.</summary>
    Unknown,
}
