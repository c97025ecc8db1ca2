using Credence.Store.Data;

namespace Credence.Web.Endpoints;

/// <summary>One line of the audit log.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string? Target, string? Details)
{
    internal static AuditEntry From(AuditEvent e) => new(e.Id, e.At, e.Actor, e.Action, e.Target, e.Details);
}
