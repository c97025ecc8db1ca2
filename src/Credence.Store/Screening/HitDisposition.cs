namespace Credence.Store.Screening;

/// <summary>What became of a hit when a screening was recorded.</summary>
public enum HitDisposition
{
    /// <summary>At or above the threshold: a new alert was raised.</summary>
    NewAlert,

    /// <summary>At or above the threshold, and the same subject already has an undecided or escalated alert on the same record.</summary>
    ExistingAlert,

    /// <summary>At or above the threshold, but a false-positive decision on the same subject and the same list record suppresses it.</summary>
    Suppressed,

    /// <summary>At or above the threshold, and the same subject was already decided a true match on the same record.</summary>
    ConfirmedMatch,
}
