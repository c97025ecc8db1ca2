namespace Credence.Web.Endpoints;

/// <summary>
/// A new user or API key: <paramref name="Name"/> (1 to 100 characters; for users letters, digits and "-._@+") and
/// <paramref name="Role"/>: admin, screener, reviewer, committee, focal-point or read-only.
/// </summary>
public sealed record AccessRequest(string? Name, string? Role);
