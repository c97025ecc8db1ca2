namespace Credence.Store.Access;

/// <summary>A user as the admin pages list them.</summary>
/// <param name="Name">The login name.</param>
/// <param name="Roles">The roles held (normally one).</param>
/// <param name="Disabled">True when an admin disabled the account.</param>
/// <param name="LockedOutUntil">When a lockout after failed logins ends, if one is in force; null otherwise (and for disabled accounts).</param>
/// <param name="FailedLogins">Failed logins in a row since the last success.</param>
public sealed record UserSummary(string Name, IReadOnlyList<string> Roles, bool Disabled, DateTimeOffset? LockedOutUntil, int FailedLogins);
