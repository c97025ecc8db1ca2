using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Batch;

/// <summary>The progress fragment of a batch job alone, for site.js to poll until it carries data-done.</summary>
[Authorize(Policy = CredencePolicies.Screen)]
public sealed class ProgressModel : PageModel
{
    private readonly BatchSubmission _submission;

    public ProgressModel(BatchSubmission submission)
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
