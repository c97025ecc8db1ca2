using Credence.Store.Audit;
using Credence.Store.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Access;

/// <summary>
/// Creates users with a generated password and manages their roles, through ASP.NET Core Identity, so passwords are
/// hashed the same way whether the command line or the web app made them. Every change is audited.
/// </summary>
public sealed class UserAdministration
{
    private readonly UserManager<IdentityUser> _users;
    private readonly RoleManager<IdentityRole> _roles;
    private readonly CredenceDbContext _db;
    private readonly AuditLog _audit;
    private readonly TimeProvider _time;

    public UserAdministration(
        UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, CredenceDbContext db, AuditLog audit, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(time);
        _users = users;
        _roles = roles;
        _db = db;
        _audit = audit;
        _time = time;
    }

    /// <summary>Every user, by name, with roles, whether disabled, and any lockout in force after failed logins.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var users = await _db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken).ConfigureAwait(false);
        var grants = await (from grant in _db.UserRoles
                            join role in _db.Roles on grant.RoleId equals role.Id
                            select new { grant.UserId, role.Name })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var rolesByUser = grants.ToLookup(g => g.UserId, g => g.Name ?? "", StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        return [.. users.Select(u => new UserSummary(
            u.UserName ?? "",
            [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)],
            IsDisabled(u),
            !IsDisabled(u) && u.LockoutEnd is { } end && end > now ? end : null,
            u.AccessFailedCount))];
    }

    /// <summary>True when the store has no user at all (a fresh installation).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await _db.Users.AnyAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Creates <paramref name="name"/> with <paramref name="role"/> and a generated password, returned once.</summary>
    /// <param name="name">The login name: letters, digits and "-._@+", at most 100 characters.</param>
    /// <param name="role">One of <see cref="CredenceRoles.All"/>.</param>
    /// <param name="actor">Who does it, for the audit log.</param>
    /// <param name="cancellationToken">Cancels the audit write.</param>
    public async Task<AccessResult> AddAsync(string name, string role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(actor);
        name = name.Trim();
        if (!CredenceRoles.IsKnown(role))
            return new AccessResult(name, role, null, $"unknown role '{role}'; use one of: {string.Join(", ", CredenceRoles.All)}");
        if (name.Length is 0 or > 100) return new AccessResult(name, role, null, "a user name is 1 to 100 characters");
        if (await _users.FindByNameAsync(name).ConfigureAwait(false) is not null)
            return new AccessResult(name, role, null, $"a user named '{name}' already exists");

        await EnsureRolesAsync().ConfigureAwait(false);
        var password = Secrets.NewPassword();
        var user = new IdentityUser(name) { LockoutEnabled = true };
        var created = await _users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded) return new AccessResult(name, role, null, Describe(created));
        var granted = await _users.AddToRoleAsync(user, role).ConfigureAwait(false);
        if (!granted.Succeeded)
        {
            await _users.DeleteAsync(user).ConfigureAwait(false);
            return new AccessResult(name, role, null, Describe(granted));
        }
        await _audit.AppendAsync(actor, "user.created", $"user:{name}", $"role {role}", cancellationToken).ConfigureAwait(false);
        return new AccessResult(name, role, password, null);
    }

    /// <summary>
    /// Gives <paramref name="name"/> a new generated password (returned once) and clears a lockout after failed logins; a
    /// disabled account stays disabled.
    /// </summary>
    public async Task<AccessResult> ResetPasswordAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        var user = await _users.FindByNameAsync(name).ConfigureAwait(false);
        if (user is null) return new AccessResult(name, "", null, $"no user named '{name}'");
        var roles = await _users.GetRolesAsync(user).ConfigureAwait(false);
        var password = Secrets.NewPassword();
        // Remove-then-add needs no token provider, so the command line can do it without the web stack.
        var removed = await _users.RemovePasswordAsync(user).ConfigureAwait(false);
        if (!removed.Succeeded) return new AccessResult(name, "", null, Describe(removed));
        var reset = await _users.AddPasswordAsync(user, password).ConfigureAwait(false);
        if (!reset.Succeeded) return new AccessResult(name, "", null, Describe(reset));
        // A disabled account stays disabled: a new password must not quietly let it back in.
        if (!IsDisabled(user)) await _users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
        await _users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "user.password-reset", $"user:{name}", null, cancellationToken).ConfigureAwait(false);
        return new AccessResult(name, string.Join(",", roles), password, null);
    }

    /// <summary>
    /// Replaces <paramref name="name"/>'s roles with <paramref name="role"/>; returns an error message, or null when done. The
    /// last active admin cannot be given another role.
    /// </summary>
    public async Task<string?> SetRoleAsync(string name, string role, string actor, CancellationToken cancellationToken = default)
    {
        if (!CredenceRoles.IsKnown(role)) return $"unknown role '{role}'";
        var user = await _users.FindByNameAsync(name).ConfigureAwait(false);
        if (user is null) return $"no user named '{name}'";
        if (!string.Equals(role, CredenceRoles.Admin, StringComparison.Ordinal) && await IsLastActiveAdminAsync(user).ConfigureAwait(false))
            return $"'{name}' is the last active admin: make another user admin before changing this one's role";
        await EnsureRolesAsync().ConfigureAwait(false);
        var current = await _users.GetRolesAsync(user).ConfigureAwait(false);
        var removed = await _users.RemoveFromRolesAsync(user, current).ConfigureAwait(false);
        if (!removed.Succeeded) return Describe(removed);
        var added = await _users.AddToRoleAsync(user, role).ConfigureAwait(false);
        if (!added.Succeeded) return Describe(added);
        await _audit.AppendAsync(actor, "user.role-changed", $"user:{name}", $"{string.Join(",", current)} -> {role}", cancellationToken)
            .ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Locks <paramref name="name"/> out for good (or lifts it), keeping the account for the record; returns an error message,
    /// or null when done. The last active admin cannot be disabled.
    /// </summary>
    public async Task<string?> SetDisabledAsync(string name, bool disabled, string actor, CancellationToken cancellationToken = default)
    {
        var user = await _users.FindByNameAsync(name).ConfigureAwait(false);
        if (user is null) return $"no user named '{name}'";
        if (disabled && await IsLastActiveAdminAsync(user).ConfigureAwait(false))
            return $"'{name}' is the last active admin and cannot be disabled: make another user admin first";
        await _users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false);
        var result = await _users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null).ConfigureAwait(false);
        if (!result.Succeeded) return Describe(result);
        // Bumping the stamp ends the user's open sessions at their next validation.
        await _users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        await _audit.AppendAsync(actor, disabled ? "user.disabled" : "user.enabled", $"user:{name}", null, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>Creates the roles of <see cref="CredenceRoles.All"/> that do not exist yet.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in CredenceRoles.All)
        {
            if (!await _roles.RoleExistsAsync(role).ConfigureAwait(false))
                await _roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
        }
    }

    // Disabling sets the lockout end to the end of time; a lockout after failed logins ends within minutes.
    private static bool IsDisabled(IdentityUser user) => user.LockoutEnd is { } end && end.Year >= 9999;

    // An admin who is not disabled and whom no other enabled admin could replace: demoting or disabling them would leave
    // nobody able to manage users.
    private async Task<bool> IsLastActiveAdminAsync(IdentityUser user)
    {
        if (IsDisabled(user) || !await _users.IsInRoleAsync(user, CredenceRoles.Admin).ConfigureAwait(false)) return false;
        var admins = await _users.GetUsersInRoleAsync(CredenceRoles.Admin).ConfigureAwait(false);
        return !admins.Any(a => !string.Equals(a.Id, user.Id, StringComparison.Ordinal) && !IsDisabled(a));
    }

    private static string Describe(IdentityResult result) => string.Join("; ", result.Errors.Select(e => e.Description));
}
