namespace Credence.Store.Data;

/// <summary>
/// One line of the append-only audit log: a login, a decision, an admin action. Rows are only ever added; the store
/// offers no update or delete for them.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who did it: a user name, "key:NAME" for an API key, "cli" or "system".</summary>
    public required string Actor { get; set; }

    /// <summary>What was done, as a dotted verb, e.g. "login.succeeded", "alert.decided", "user.created".</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to, e.g. "alert:42", "user:alice"; null when nothing in particular.</summary>
    public string? Target { get; set; }

    /// <summary>Readable details: the reason given, the role granted, the address a login came from.</summary>
    public string? Details { get; set; }
}
