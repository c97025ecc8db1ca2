using Credence.Store.SignOn;
using Credence.Web.Challenges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Credence.Web.Pages.Sign;

/// <summary>
/// /sign/{slug}: the public sign-on form of an open letter, the one page besides its confirmation that needs no login.
/// Submissions are rate-limited per address, carry an anti-forgery token, are size-capped, and a hidden honeypot field
/// catches form-filling robots. The page reveals nothing about other endorsers beyond the approved public list.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ChallengeServices.SignOnRateLimit)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(ValueLengthLimit = 4096, ValueCountLimit = 16, KeyLengthLimit = 64)]
public sealed class IndexModel : PageModel
{
    /// <summary>The largest submission accepted, in bytes: 16 KiB, ample for the form's five short fields.</summary>
    public const int MaxRequestBytes = 16 * 1024;

    private readonly SignOnWorkflow _signOn;

    public IndexModel(SignOnWorkflow signOn)
    {
        _signOn = signOn;
    }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? ContactName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public bool Anonymous { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by robots that fill every field.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public OpenLetter Letter { get; private set; } = null!;

    public bool Accepting { get; private set; }

    public PublicSignatures Signatures { get; private set; } = new([], 0);

    public SignOnOutcome? Outcome { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Website))
        {
            // A robot: it is told what a person would be told, and nothing is stored or sent.
            if (!await LoadAsync(slug, cancellationToken).ConfigureAwait(false)) return NotFound();
            Outcome = SignOnOutcome.Submitted;
            Clear();
            return Page();
        }
        var result = await _signOn.SubmitAsync(
            slug,
            new SignOnInput(Organisation ?? "", ContactName ?? "", Email ?? "", Anonymous),
            HttpContext.Connection.RemoteIpAddress?.ToString(),
            token => Url.Page("/Sign/Confirm", pageHandler: null, values: new { token }, protocol: Request.Scheme)!,
            cancellationToken).ConfigureAwait(false);
        if (!await LoadAsync(slug, cancellationToken).ConfigureAwait(false)) return NotFound();
        Outcome = result.Outcome;
        foreach (var error in result.Errors) Errors[error.Field] = error.Message;
        if (result.Outcome == SignOnOutcome.Submitted) Clear();
        return Page();
    }

    private void Clear()
    {
        Organisation = ContactName = Email = null;
        Anonymous = false;
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var letter = await _signOn.FindPublicAsync(slug, cancellationToken).ConfigureAwait(false);
        if (letter is null) return false;
        Letter = letter;
        Accepting = _signOn.AcceptsSubmissions(letter);
        Signatures = await _signOn.PublicSignaturesAsync(letter.Id, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
