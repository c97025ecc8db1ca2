using System.Globalization;
using Credence.Store.Audit;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Review;

/// <summary>
/// Records a reviewer's decision on an alert: true match, false positive or escalated, always with a written reason.
/// Decisions are append-only (a new decision adds a row; none is ever changed or removed), the alert follows the latest
/// one, and each is written to the audit log in the same transaction. A false-positive decision is what
/// <see cref="Screening.ScreeningRecorder"/> reads to suppress the same subject, entity and list record later.
/// </summary>
public sealed class AlertReview
{
    /// <summary>The longest reason accepted, in characters (the audit log keeps details up to the same length).</summary>
    public const int MaxReasonLength = 4000;

    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;

    /// <param name="db">The store; not disposed here.</param>
    /// <param name="time">Stamps decisions.</param>
    public AlertReview(CredenceDbContext db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        _db = db;
        _time = time;
        // An audit log on the same context, so that the entry joins the decision's transaction.
        _audit = new AuditLog(db, time);
    }

    /// <summary>
    /// Decides alert <paramref name="alertId"/>. A decided alert can be decided again (an escalated alert is decided by a
    /// senior reviewer, or a decision is corrected): each decision is a new row and the latest one sets the alert's status.
    /// </summary>
    /// <param name="alertId">The alert's id.</param>
    /// <param name="outcome"><see cref="AlertStatus.TrueMatch"/>, <see cref="AlertStatus.FalsePositive"/> or <see cref="AlertStatus.Escalated"/>.</param>
    /// <param name="reason">Why; required, trimmed, at most <see cref="MaxReasonLength"/> characters.</param>
    /// <param name="actor">Who decides: a user name or "key:NAME".</param>
    /// <param name="cancellationToken">Cancels the transaction (nothing is written then).</param>
    /// <returns>The decided alert and decision, or not found, or invalid with the field and reason.</returns>
    public async Task<ReviewResult> DecideAsync(
        long alertId, AlertStatus outcome, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (outcome is not (AlertStatus.TrueMatch or AlertStatus.FalsePositive or AlertStatus.Escalated))
            return ReviewResult.Invalid("outcome", "The outcome must be TrueMatch, FalsePositive or Escalated.");
        var text = reason?.Trim() ?? "";
        if (text.Length == 0) return ReviewResult.Invalid("reason", "A reason is required.");
        if (text.Length > MaxReasonLength)
        {
            return ReviewResult.Invalid(
                "reason", string.Create(CultureInfo.InvariantCulture, $"The reason is {text.Length:N0} characters; at most {MaxReasonLength:N0} are allowed."));
        }

        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var alert = await _db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken).ConfigureAwait(false);
            if (alert is null) return ReviewResult.NotFound(alertId);

            var now = _time.GetUtcNow();
            var decision = new AlertDecision { AlertId = alert.Id, Outcome = outcome, Reason = text, DecidedBy = actor, DecidedAt = now };
            _db.AlertDecisions.Add(decision);
            alert.Status = outcome;
            alert.DecidedAt = now;
            alert.DecidedBy = actor;
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await _audit.AppendAsync(actor, "alert.decided", $"alert:{alert.Id}", $"{outcome}: {text}", cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return ReviewResult.Decided(alert, decision);
        }
    }
}
