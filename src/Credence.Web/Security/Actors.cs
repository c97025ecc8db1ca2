using System.Security.Claims;

namespace Credence.Web.Security;

/// <summary>How a request's caller is named in the store: the user name, or "key:NAME" for an API key.</summary>
public static class Actors
{
    /// <summary>The actor name of <paramref name="user"/>; "anonymous" when nobody is signed in.</summary>
    public static string Name(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true) return "anonymous";
        var name = user.Identity.Name ?? "unknown";
        return string.Equals(user.Identity.AuthenticationType, ApiKeyAuthenticationHandler.SchemeName, StringComparison.Ordinal)
            ? "key:" + name
            : name;
    }
}
