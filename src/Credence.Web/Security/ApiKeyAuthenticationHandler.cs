using System.Security.Claims;
using System.Text.Encodings.Web;
using Credence.Store.Access;
using Credence.Store.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Credence.Web.Security;

/// <summary>
/// Authenticates machines by API key, sent as <c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>. The key is
/// hashed and looked up; the principal gets the key's name and role.
/// </summary>
public sealed class ApiKeyAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    private readonly ApiKeyCache _cache;

    public ApiKeyAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyCache cache)
        : base(options, logger, encoder)
    {
        _cache = cache;
    }

    /// <summary>True when the request carries a key in either header (and so is for this scheme, not the cookie).</summary>
    public static bool HasKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey(HeaderName)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Presented(Request);
        if (presented is null) return AuthenticateResult.NoResult();
        if (presented.Length is 0 or > 200) return AuthenticateResult.Fail("The API key is malformed.");

        var hash = Secrets.HashApiKey(presented);
        if (!_cache.TryGet(hash, out var key))
        {
            var db = Context.RequestServices.GetRequiredService<CredenceDbContext>();
            key = await db.ApiKeys.AsNoTracking()
                .FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, Context.RequestAborted)
                .ConfigureAwait(false);
            _cache.Set(hash, key);
        }
        if (key is null) return AuthenticateResult.Fail("The API key is not valid or has been revoked.");

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(ClaimTypes.Role, key.Role), new Claim("credence:key", key.Prefix)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Authentication required",
                detail: "Send a valid API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY', or sign in.")
            .ExecuteAsync(Context)
            .ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        await Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Forbidden",
                detail: "This key's role does not allow this action.")
            .ExecuteAsync(Context)
            .ConfigureAwait(false);
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header)) return header.ToString().Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }
}
