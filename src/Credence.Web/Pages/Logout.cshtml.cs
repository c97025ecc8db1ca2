using Credence.Store.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages;

/// <summary>Signing out is a POST with an anti-forgery token, so another site cannot sign a user out.</summary>
public sealed class LogoutModel : PageModel
{
    private readonly SignInManager<IdentityUser> _signIn;
    private readonly AuditLog _audit;

    public LogoutModel(SignInManager<IdentityUser> signIn, AuditLog audit)
    {
        _signIn = signIn;
        _audit = audit;
    }

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = User.Identity?.Name;
        await _signIn.SignOutAsync();
        if (name is not null) await _audit.AppendAsync(name, "logout", $"user:{name}", null, cancellationToken);
        return RedirectToPage("/Login");
    }
}
