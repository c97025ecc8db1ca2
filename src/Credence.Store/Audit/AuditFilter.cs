using Credence.Store.Review;

namespace Credence.Store.Audit;

/// <summary>What <see cref="AuditQuery"/> selects; every criterion left empty selects everything.</summary>
public sealed record AuditFilter
{
    /// <summary>The days (UTC) of the entries.</summary>
    public DateWindow Days { get; init; } = DateWindow.All;

    /// <summary>The actor, exactly: a user name, "key:NAME", "cli" or "system".</summary>
    public string? Actor { get; init; }

    /// <summary>The action or the start of one: "alert.decided", or "user." for every user action.</summary>
    public string? Action { get; init; }

    /// <summary>The target, exactly, e.g. "alert:42" or "user:alice".</summary>
    public string? Target { get; init; }
}
