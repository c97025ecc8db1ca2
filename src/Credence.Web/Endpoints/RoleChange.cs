namespace Credence.Web.Endpoints;

/// <summary>A user's new role (one of admin, screener, reviewer, committee, focal-point, read-only).</summary>
public sealed record RoleChange(string? Role);
