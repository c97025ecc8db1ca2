using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Admin;

/// <summary>
/// Users, for admins: create (the generated password is shown once, on the answer to the form, never stored in clear or
/// put in a cookie), change role, disable or enable, reset the password. Every change is audited by the store.
/// </summary>
[Authorize(Policy = CredencePolicies.Admin)]
public sealed class UsersModel : PageModel
{
    private readonly UserAdministration _users;

    public UsersModel(UserAdministration users)
    {
        _users = users;
    }

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    /// <summary>A password just generated, shown once with the user it belongs to.</summary>
    public AccessResult? Issued { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Error { get; private set; }

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewRole { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await _users.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await _users.AddAsync(NewName ?? "", NewRole ?? "", Actors.Name(User), cancellationToken);
        if (result.Succeeded)
        {
            Issued = result;
            NewName = null;
        }
        else
        {
            Error = "The user was not created: " + result.Error;
        }
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string name, CancellationToken cancellationToken)
    {
        var result = await _users.ResetPasswordAsync(name, Actors.Name(User), cancellationToken);
        if (result.Succeeded) Issued = result;
        else Error = "The password was not reset: " + result.Error;
        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostRoleAsync(string name, string role, CancellationToken cancellationToken) =>
        ChangeAsync(_users.SetRoleAsync(name, role, Actors.Name(User), cancellationToken), $"{name} now has the role {role}.", cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(_users.SetDisabledAsync(name, disabled: true, Actors.Name(User), cancellationToken), $"{name} is disabled.", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string name, CancellationToken cancellationToken) =>
        ChangeAsync(_users.SetDisabledAsync(name, disabled: false, Actors.Name(User), cancellationToken), $"{name} is enabled.", cancellationToken);

    // Changes without a secret redirect after success, so a reload does not post them again.
    private async Task<IActionResult> ChangeAsync(Task<string?> change, string done, CancellationToken cancellationToken)
    {
        var error = await change;
        if (error is null)
        {
            Notice = done;
            return RedirectToPage();
        }
        Error = "Not done: " + error;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        // A page that may carry a password must not be kept by the browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        Users = await _users.ListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The roles a user can be given, in the order the UI lists them.</summary>
    public static IReadOnlyList<string> Roles => CredenceRoles.All;
}
