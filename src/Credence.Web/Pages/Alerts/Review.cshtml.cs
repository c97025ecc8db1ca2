using Credence.Store.Data;
using Credence.Store.Review;
using Credence.Web.Endpoints;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Alerts;

/// <summary>
/// One alert, with everything needed to decide it. Everyone may read it; reviewers and admins also get the decision
/// form, and a decision posted by anyone else is refused with 403.
/// </summary>
public sealed class ReviewModel : PageModel
{
    private readonly AlertQuery _query;
    private readonly AlertReview _review;
    private readonly IAuthorizationService _authorization;

    public ReviewModel(AlertQuery query, AlertReview review, IAuthorizationService authorization)
    {
        _query = query;
        _review = review;
        _authorization = authorization;
    }

    public AlertDetails Details { get; private set; } = null!;

    public bool CanReview { get; private set; }

    /// <summary>The chosen outcome: "TrueMatch", "FalsePositive" or "Escalated".</summary>
    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The outcome choices of the form: value and label.</summary>
    public static IReadOnlyList<(string Value, string Label)> OutcomeChoices { get; } =
    [
        (nameof(AlertStatus.TrueMatch), "True match: the subject is the listed party"),
        (nameof(AlertStatus.FalsePositive), "False positive: a different party (suppresses this pair until the list record changes)"),
        (nameof(AlertStatus.Escalated), "Escalate: pass up for a senior decision"),
    ];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!(await _authorization.AuthorizeAsync(User, CredencePolicies.Review)).Succeeded) return StatusCode(StatusCodes.Status403Forbidden);
        if (!ReviewInput.TryParseOutcome(Outcome, out var outcome))
        {
            Errors["outcome"] = "Choose an outcome.";
            if (string.IsNullOrWhiteSpace(Reason)) Errors["reason"] = "A reason is required.";
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
        var result = await _review.DecideAsync(id, outcome, Reason, Actors.Name(User), cancellationToken);
        switch (result.Outcome)
        {
            case ReviewOutcome.NotFound:
                return NotFound();
            case ReviewOutcome.Invalid:
                Errors[result.Field!] = result.Error!;
                return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
            default:
                Notice = $"Decision recorded: {AlertStatusText.Label(outcome)}.";
                return RedirectToPage(new { id });
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var details = await _query.GetAsync(id, cancellationToken);
        if (details is null) return false;
        Details = details;
        CanReview = (await _authorization.AuthorizeAsync(User, CredencePolicies.Review)).Succeeded;
        return true;
    }
}
