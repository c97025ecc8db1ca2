using Credence.Store.Access;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Credence.Web.Pages.Admin;

/// <summary>
/// Users, for admins: create (the generated password is shown once, on the answer to the form, never stored in clear or
/// put in a cookie), change role, disable or enable, reset the password. Every change is audited by the store.
/// </summary>
[Authorize(Policy = CredencePolicies.Admin)]
public sealed class UsersModel : AccessPageModel
{
    private readonly UserAdministration _users;

    public UsersModel(UserAdministration users)
    {
        _users = users;
    }

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await _users.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await _users.AddAsync(NewName ?? "", NewRole ?? "", Actors.Name(User), cancellationToken);
        ShowIssued(result, "The user was not created: ");
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string name, CancellationToken cancellationToken)
    {
        var result = await _users.ResetPasswordAsync(name, Actors.Name(User), cancellationToken);
        ShowIssued(result, "The password was not reset: ");
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
        Users = await _users.ListAsync(cancellationToken);
        return Page();
    }
}
