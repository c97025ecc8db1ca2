namespace Credence.Store.SignOn;

/// <summary>A moderator's verdict on a confirmed endorsement.</summary>
public enum EndorsementModeration
{
    /// <summary>Not yet looked at (or not yet confirmed by email).</summary>
    Pending,

    /// <summary>Accepted: listed publicly (unless anonymous) and counted.</summary>
    Approved,

    /// <summary>Refused, with a reason; never shown.</summary>
    Rejected,
}
