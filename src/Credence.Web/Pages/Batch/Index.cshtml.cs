using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Batch;

/// <summary>Batch screening: upload a CSV, see the jobs and their progress.</summary>
[Authorize(Policy = CredencePolicies.Screen)]
public sealed class IndexModel : PageModel
{
    private readonly BatchSubmission _submission;

    public IndexModel(BatchSubmission submission)
    {
        _submission = submission;
    }

    public IReadOnlyList<BatchJobView> Jobs { get; private set; } = [];

    /// <summary>The largest upload accepted, in bytes.</summary>
    public long MaxBytes => _submission.MaxBytes;

    /// <summary>Why the last upload was refused.</summary>
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Jobs = await _submission.ListAsync(50, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? upload, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0) Error = "Choose a CSV file to upload.";
        else if (upload.Length > MaxBytes) Error = _submission.TooLarge().Detail;
        else
        {
            var content = upload.OpenReadStream();
            await using (content)
            {
                var result = await _submission.SubmitCsvAsync(
                    content, upload.FileName, Actors.Name(User), new BatchJobOptions(null, null), cancellationToken);
                if (result.Job is not null) return Redirect($"/batch/{result.Job.Id}");
                Error = result.Detail;
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Jobs = await _submission.ListAsync(50, cancellationToken);
        return Page();
    }
}
