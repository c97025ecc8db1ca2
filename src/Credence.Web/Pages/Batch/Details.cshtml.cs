using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Batch;

/// <summary>
/// One batch job: its progress, errors and downloads. Also the model of <c>/batch/{id}/progress</c>, the fragment site.js polls.
/// </summary>
[Authorize(Policy = CredencePolicies.Screen)]
public sealed class DetailsModel : PageModel
{
    private readonly BatchSubmission _submission;

    public DetailsModel(BatchSubmission submission)
    {
        _submission = submission;
    }

    public BatchJobView Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var job = await _submission.LoadAsync(id, cancellationToken);
        if (job is null) return NotFound();
        Job = job;
        return Page();
    }
}
