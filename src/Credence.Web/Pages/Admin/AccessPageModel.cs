using Credence.Store.Access;
using Credence.Store.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Admin;

/// <summary>
/// What the users and keys pages share: the create form's fields, a secret issued once, a notice carried over a redirect
/// and an error. A secret is only ever put on the answer to the form that made it, never in a cookie or a redirect.
/// </summary>
public abstract class AccessPageModel : PageModel
{
    /// <summary>The roles that can be granted, in the order the UI lists them.</summary>
    public static IReadOnlyList<string> Roles => CredenceRoles.All;

    /// <summary>A password or key just generated, shown once.</summary>
    public AccessResult? Issued { get; protected set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; protected set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewRole { get; set; }

    /// <summary>Shows <paramref name="result"/>'s secret once, or its error prefixed with <paramref name="failed"/>.</summary>
    protected void ShowIssued(AccessResult result, string failed)
    {
        ArgumentNullException.ThrowIfNull(result);
        // A page that may carry a password or key must not be kept by the browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        if (result.Succeeded)
        {
            Issued = result;
            NewName = null;
        }
        else
        {
            Error = failed + result.Error;
        }
    }
}
