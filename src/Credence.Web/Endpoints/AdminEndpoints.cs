using System.Security.Claims;
using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/admin</c>: users and API keys, for admins only. Passwords and keys are generated and returned once. Every change
/// is audited by the store's administration classes. The last active admin can be neither demoted nor disabled.
/// </summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var admin = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(CredencePolicies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapGet("/users", ListUsersAsync).WithName("ListUsers").WithSummary("Every user with roles and lockout state.");
        admin.MapPost("/users", CreateUserAsync).WithName("CreateUser").WithSummary("Create a user; the generated password is returned once.");
        admin.MapPut("/users/{name}/role", SetRoleAsync).WithName("SetUserRole").WithSummary("Replace a user's role.");
        admin.MapPost("/users/{name}/disable", DisableUserAsync).WithName("DisableUser").WithSummary("Disable a user (the account is kept).");
        admin.MapPost("/users/{name}/enable", EnableUserAsync).WithName("EnableUser").WithSummary("Enable a disabled user.");
        admin.MapPost("/users/{name}/reset-password", ResetPasswordAsync).WithName("ResetUserPassword")
            .WithSummary("Give a user a new generated password, returned once.");
        admin.MapGet("/keys", ListKeysAsync).WithName("ListApiKeys").WithSummary("Every API key, revoked ones included (never the key itself).");
        admin.MapPost("/keys", CreateKeyAsync).WithName("CreateApiKey").WithSummary("Create an API key; the key is returned once.");
        admin.MapDelete("/keys/{name}", RevokeKeyAsync).WithName("RevokeApiKey").WithSummary("Revoke an API key; it stops working at once.");
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<UserSummary>>> ListUsersAsync(UserAdministration users, CancellationToken cancellationToken) =>
        TypedResults.Ok(await users.ListAsync(cancellationToken).ConfigureAwait(false));

    internal static async Task<Results<Created<NewUserPassword>, ValidationProblem>> CreateUserAsync(
        AccessRequest request, UserAdministration users, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await users.AddAsync(request.Name ?? "", request.Role ?? "", Actors.Name(user), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded) return Invalid(request.Role, result.Error!);
        return TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(result.Name)}", new NewUserPassword(result.Name, result.Role, result.Secret!));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> SetRoleAsync(
        string name, RoleChange request, UserAdministration users, UserManager<IdentityUser> manager, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await manager.FindByNameAsync(name).ConfigureAwait(false) is null) return ApiProblems.NotFound($"There is no user named '{name}'.");
        if (!CredenceRoles.IsKnown(request.Role)) return Invalid(request.Role, $"unknown role '{request.Role}'");
        var error = await users.SetRoleAsync(name, request.Role!, Actors.Name(user), cancellationToken).ConfigureAwait(false);
        return error is null ? TypedResults.NoContent() : ApiProblems.Conflict(error);
    }

    internal static Task<Results<NoContent, ProblemHttpResult>> DisableUserAsync(
        string name, UserAdministration users, UserManager<IdentityUser> manager, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        SetDisabledAsync(name, disabled: true, users, manager, user, cancellationToken);

    internal static Task<Results<NoContent, ProblemHttpResult>> EnableUserAsync(
        string name, UserAdministration users, UserManager<IdentityUser> manager, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        SetDisabledAsync(name, disabled: false, users, manager, user, cancellationToken);

    internal static async Task<Results<Ok<NewUserPassword>, ProblemHttpResult>> ResetPasswordAsync(
        string name, UserAdministration users, UserManager<IdentityUser> manager, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await manager.FindByNameAsync(name).ConfigureAwait(false) is null) return ApiProblems.NotFound($"There is no user named '{name}'.");
        var result = await users.ResetPasswordAsync(name, Actors.Name(user), cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? TypedResults.Ok(new NewUserPassword(result.Name, result.Role, result.Secret!)) : ApiProblems.Conflict(result.Error!);
    }

    internal static async Task<Ok<ApiKeyView[]>> ListKeysAsync(ApiKeyAdministration keys, CancellationToken cancellationToken) =>
        TypedResults.Ok((await keys.ListAsync(cancellationToken).ConfigureAwait(false)).Select(ApiKeyView.From).ToArray());

    internal static async Task<Results<Created<NewApiKey>, ValidationProblem>> CreateKeyAsync(
        AccessRequest request, ApiKeyAdministration keys, ApiKeyCache cache, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await keys.AddAsync(request.Name ?? "", request.Role ?? "", Actors.Name(user), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded) return Invalid(request.Role, result.Error!);
        // A failed lookup of this key (unlikely, but cached for 30 s) must not outlive its creation.
        cache.Clear();
        return TypedResults.Created($"/api/admin/keys/{Uri.EscapeDataString(result.Name)}", new NewApiKey(result.Name, result.Role, result.Secret!));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(
        string name, ApiKeyAdministration keys, ApiKeyCache cache, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var error = await keys.RevokeAsync(name, Actors.Name(user), cancellationToken).ConfigureAwait(false);
        // Cached lookups would keep a revoked key working for up to 30 seconds.
        cache.Clear();
        if (error is null) return TypedResults.NoContent();
        var exists = (await keys.ListAsync(cancellationToken).ConfigureAwait(false)).Any(k => string.Equals(k.Name, name, StringComparison.Ordinal));
        return exists ? ApiProblems.Conflict(error) : ApiProblems.NotFound($"There is no key named '{name}'.");
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetDisabledAsync(
        string name, bool disabled, UserAdministration users, UserManager<IdentityUser> manager, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await manager.FindByNameAsync(name).ConfigureAwait(false) is null) return ApiProblems.NotFound($"There is no user named '{name}'.");
        var error = await users.SetDisabledAsync(name, disabled, Actors.Name(user), cancellationToken).ConfigureAwait(false);
        return error is null ? TypedResults.NoContent() : ApiProblems.Conflict(error);
    }

    // The store names the problem in words; an unknown role is the role's fault, anything else the name's.
    private static ValidationProblem Invalid(string? role, string error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [CredenceRoles.IsKnown(role) ? "name" : "role"] = [error],
        });
}
