using Credence.Store.Data;

namespace Credence.Store.Audit;

/// <summary>
/// Appends to the audit log. There is deliberately no way here to change or remove an entry: the log is append-only.
/// </summary>
public sealed class AuditLog
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;

    public AuditLog(CredenceDbContext db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        _db = db;
        _time = time;
    }

    /// <summary>Writes one entry now, in its own save (so it is kept even if the caller's later work fails).</summary>
    /// <param name="actor">A user name, "key:NAME", "cli" or "system".</param>
    /// <param name="action">A dotted verb, e.g. "alert.decided".</param>
    /// <param name="target">What was acted on, e.g. "alert:42"; null for nothing in particular.</param>
    /// <param name="details">Readable details; capped at 4,000 characters.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<AuditEvent> AppendAsync(
        string actor, string action, string? target = null, string? details = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var entry = new AuditEvent
        {
            At = _time.GetUtcNow(),
            Actor = Cap(actor, 200),
            Action = Cap(action, 64),
            Target = target is null ? null : Cap(target, 200),
            Details = details is null ? null : Cap(details, 4000),
        };
        _db.AuditEvents.Add(entry);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entry;
    }

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..max];
}
