namespace Credence.Store.Data;

/// <summary>
/// A hit at or above the threshold that a person must decide. It keeps what is needed to decide it and to suppress the
/// same pair later: the subject key, the entity and the fingerprint of its list record.
/// </summary>
public sealed class Alert
{
    public long Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The screening that raised it; its hit there has <see cref="ScreeningHitRecord.AlertId"/> = this alert's id.</summary>
    public long ScreeningId { get; set; }

    public required string SubjectKey { get; set; }

    public required string SubjectName { get; set; }

    public required string EntityId { get; set; }

    public required string EntityName { get; set; }

    public required string Source { get; set; }

    /// <summary>The list record's fingerprint when the alert was raised; a later change to the record lifts a suppression.</summary>
    public string? RecordHash { get; set; }

    public double Score { get; set; }

    public AlertStatus Status { get; set; }

    /// <summary>Why the alert was raised beyond the screening itself, e.g. the list change that caused a monitoring alert.</summary>
    public string? Cause { get; set; }

    /// <summary>The monitored subject, for monitoring alerts.</summary>
    public long? MonitoredSubjectId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}
