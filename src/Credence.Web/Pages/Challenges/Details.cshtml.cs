using Credence.Web.Challenges;
using Credence.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Challenges;

/// <summary>/challenges/{id}: one challenge in full, with the numbered list and what a person should check.</summary>
public sealed class DetailsModel : PageModel
{
    private readonly ChallengeQuery _query;

    public DetailsModel(ChallengeQuery query)
    {
        _query = query;
    }

    public ChallengeDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var challenge = await _query.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (challenge is null) return NotFound();
        Detail = challenge;
        return Page();
    }
}
