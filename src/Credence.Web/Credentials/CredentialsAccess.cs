using System.Security.Claims;
using Credence.Store.Credentials;
using Credence.Store.Data;
using Microsoft.AspNetCore.Authorization;

namespace Credence.Web.Credentials;

/// <summary>
/// Who may see what in the credentials area, beyond the shared policies: the committee's dossier and notices
/// (<see cref="Dossier"/>), the committee's report (<see cref="Report"/>), and a focal point's reach (their own member only).
/// </summary>
public static class CredentialsAccess
{
    /// <summary>Admin, committee, reviewer or read-only: may read every delegation, dossier and notice.</summary>
    public const string Dossier = "credentials-dossier";

    /// <summary>Admin, committee or read-only: may read the committee's report.</summary>
    public const string Report = "credentials-report";

    /// <summary>The roles of <see cref="Dossier"/>.</summary>
    public static IReadOnlyList<string> DossierRoles { get; } =
        [CredenceRoles.Admin, CredenceRoles.Committee, CredenceRoles.Reviewer, CredenceRoles.ReadOnly];

    public static void AddPolicies(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Dossier, p => p.RequireRole(DossierRoles));
        options.AddPolicy(Report, p => p.RequireRole(CredenceRoles.Admin, CredenceRoles.Committee, CredenceRoles.ReadOnly));
    }

    /// <summary>The store's actor: its name, and whether it is the secretariat (the admin role).</summary>
    public static CredentialsActor Actor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new CredentialsActor(Security.Actors.Name(user), user.IsInRole(CredenceRoles.Admin));
    }

    /// <summary>True when <paramref name="user"/> may read every member's delegations (not only a focal point's own).</summary>
    public static bool SeesAll(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return DossierRoles.Any(user.IsInRole);
    }

    /// <summary>
    /// True when <paramref name="user"/> may read <paramref name="memberId"/>'s delegations: the roles that see all, or a
    /// focal point assigned to the member.
    /// </summary>
    public static async Task<bool> MayReadMemberAsync(
        ClaimsPrincipal user, long memberId, DelegationWorkflow delegations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delegations);
        if (SeesAll(user)) return true;
        return user.IsInRole(CredenceRoles.FocalPoint)
            && await delegations.IsFocalPointOfAsync(Security.Actors.Name(user), memberId, cancellationToken).ConfigureAwait(false);
    }
}
