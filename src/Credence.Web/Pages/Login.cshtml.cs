using Credence.Store.Audit;
using Credence.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Credence.Web.Pages;

/// <summary>The login form. Attempts are rate-limited per address, failures lock the account for a while, and both are audited.</summary>
[EnableRateLimiting(ServerSetup.LoginRateLimit)]
public sealed class LoginModel : PageModel
{
    private readonly SignInManager<IdentityUser> _signIn;
    private readonly AuditLog _audit;

    public LoginModel(SignInManager<IdentityUser> signIn, AuditLog audit)
    {
        _signIn = signIn;
        _audit = audit;
    }

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = (UserName ?? "").Trim();
        if (name.Length is 0 or > 100 || string.IsNullOrEmpty(Password))
        {
            Error = "Enter your user name and password.";
            return Page();
        }
        var result = await _signIn.PasswordSignInAsync(name, Password, isPersistent: false, lockoutOnFailure: true);
        var from = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown address";
        if (result.Succeeded)
        {
            await _audit.AppendAsync(name, "login.succeeded", $"user:{name}", $"from {from}", cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        await _audit.AppendAsync(name, result.IsLockedOut ? "login.locked-out" : "login.failed", $"user:{name}", $"from {from}", cancellationToken);
        // The same message whether the name exists or not, so the form does not reveal who has an account.
        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a while. Try again later or ask an admin."
            : "The user name or password is wrong.";
        return Page();
    }
}
