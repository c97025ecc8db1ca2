using Credence.Store.SignOn;
using Credence.Web.Challenges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Credence.Web.Pages.Sign;

/// <summary>
/// /sign/confirm?token=...: confirms an endorsement. Opening the link only shows a button; the POST confirms. Mail
/// scanners that follow every link in a message therefore cannot confirm on the recipient's behalf.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ChallengeServices.SignOnRateLimit)]
[RequestSizeLimit(IndexModel.MaxRequestBytes)]
public sealed class ConfirmModel : PageModel
{
    private readonly SignOnWorkflow _signOn;

    public ConfirmModel(SignOnWorkflow signOn)
    {
        _signOn = signOn;
    }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public ConfirmOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken) =>
        Outcome = await _signOn.ConfirmAsync(Token, cancellationToken).ConfigureAwait(false);
}
