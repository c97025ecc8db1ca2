namespace Credence.Store.Data;

/// <summary>
/// The roles a user or an API key can hold. Role names are stored and compared as these lower-case strings; the server
/// enforces them on every endpoint.
/// </summary>
public static class CredenceRoles
{
    /// <summary>Manages users, keys, list sources and everything else.</summary>
    public const string Admin = "admin";

    /// <summary>Screens names, one at a time or in batches, and puts subjects under monitoring.</summary>
    public const string Screener = "screener";

    /// <summary>Decides alerts: true match, false positive or escalate.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Member of the credentials committee (assembly credentials).</summary>
    public const string Committee = "committee";

    /// <summary>A member's focal point, who submits its delegation (assembly credentials).</summary>
    public const string FocalPoint = "focal-point";

    /// <summary>Reads screenings, alerts, lists and the audit log, and changes nothing.</summary>
    public const string ReadOnly = "read-only";

    /// <summary>Every role, in the order the UI lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Screener, Reviewer, Committee, FocalPoint, ReadOnly];

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/> (exact, lower-case).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
