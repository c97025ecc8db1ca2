using Credence.Store.Data;
using Microsoft.AspNetCore.Authorization;

namespace Credence.Web.Security;

/// <summary>The authorisation policies endpoints and pages name; each is a set of roles, checked on the server.</summary>
public static class CredencePolicies
{
    /// <summary>Any signed-in user or key with a known role: may read.</summary>
    public const string Read = "read";

    /// <summary>Admin or screener: may screen and put subjects under monitoring.</summary>
    public const string Screen = "screen";

    /// <summary>Admin or reviewer: may decide alerts.</summary>
    public const string Review = "review";

    /// <summary>Admin only: users, keys, list updates.</summary>
    public const string Admin = "admin";

    /// <summary>Admin or committee: credentials decisions.</summary>
    public const string Committee = "committee";

    /// <summary>Admin, committee or focal point: delegation submissions.</summary>
    public const string Submit = "submit";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireRole(CredenceRoles.All));
        options.AddPolicy(Screen, p => p.RequireRole(CredenceRoles.Admin, CredenceRoles.Screener));
        options.AddPolicy(Review, p => p.RequireRole(CredenceRoles.Admin, CredenceRoles.Reviewer));
        options.AddPolicy(Admin, p => p.RequireRole(CredenceRoles.Admin));
        options.AddPolicy(Committee, p => p.RequireRole(CredenceRoles.Admin, CredenceRoles.Committee));
        options.AddPolicy(Submit, p => p.RequireRole(CredenceRoles.Admin, CredenceRoles.Committee, CredenceRoles.FocalPoint));
        // Everything not marked otherwise needs a signed-in user or a valid key with a known role.
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
