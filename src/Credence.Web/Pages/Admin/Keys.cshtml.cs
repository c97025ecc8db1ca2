using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Credence.Web.Pages.Admin;

/// <summary>API keys, for admins: create (the key is shown once, on the answer to the form) and revoke (at once).</summary>
[Authorize(Policy = CredencePolicies.Admin)]
public sealed class KeysModel : AccessPageModel
{
    private readonly ApiKeyAdministration _keys;
    private readonly ApiKeyCache _cache;

    public KeysModel(ApiKeyAdministration keys, ApiKeyCache cache)
    {
        _keys = keys;
        _cache = cache;
    }

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await _keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await _keys.AddAsync(NewName ?? "", NewRole ?? "", Actors.Name(User), cancellationToken);
        if (result.Succeeded) _cache.Clear();
        ShowIssued(result, "The key was not created: ");
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
}
