namespace Credence.Store.Data;

/// <summary>Where an alert stands; it follows the latest <see cref="AlertDecision"/>.</summary>
public enum AlertStatus
{
    /// <summary>Not decided yet.</summary>
    Open,

    /// <summary>The subject is the listed party.</summary>
    TrueMatch,

    /// <summary>The subject is not the listed party; the same pair is suppressed until the list record changes.</summary>
    FalsePositive,

    /// <summary>Passed up for a senior decision; stays in the queue.</summary>
    Escalated,
}
