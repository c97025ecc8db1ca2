using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Admin;

/// <summary>API keys, for admins: create (the key is shown once, on the answer to the form) and revoke (at once).</summary>
[Authorize(Policy = CredencePolicies.Admin)]
public sealed class KeysModel : PageModel
{
    private readonly ApiKeyAdministration _keys;
    private readonly ApiKeyCache _cache;

    public KeysModel(ApiKeyAdministration keys, ApiKeyCache cache)
    {
        _keys = keys;
        _cache = cache;
    }

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>A key just made, shown once.</summary>
    public AccessResult? Issued { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewRole { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await _keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await _keys.AddAsync(NewName ?? "", NewRole ?? "", Actors.Name(User), cancellationToken);
        if (result.Succeeded)
        {
            _cache.Clear();
            Issued = result;
            NewName = null;
        }
        else
        {
            Error = "The key was not created: " + result.Error;
        }
        // A page that may carry a key must not be kept by the browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        Keys = await _keys.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string name, CancellationToken cancellationToken)
    {
        var error = await _keys.RevokeAsync(name, Actors.Name(User), cancellationToken);
        // Cached lookups would keep a revoked key working for up to 30 seconds.
        _cache.Clear();
        if (error is null)
        {
            Notice = $"The key {name} is revoked; it no longer works.";
            return RedirectToPage();
        }
        Error = "Not done: " + error;
        Keys = await _keys.ListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The roles a key can be given.</summary>
    public static IReadOnlyList<string> Roles => CredenceRoles.All;
}
