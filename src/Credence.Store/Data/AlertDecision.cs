namespace Credence.Store.Data;

/// <summary>One decision on an alert, append-only: a later decision adds a row, it never edits this one.</summary>
public sealed class AlertDecision
{
    public long Id { get; set; }

    public long AlertId { get; set; }

    /// <summary>The outcome; never <see cref="AlertStatus.Open"/>.</summary>
    public AlertStatus Outcome { get; set; }

    /// <summary>The reviewer's written reason; required.</summary>
    public required string Reason { get; set; }

    public required string DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
