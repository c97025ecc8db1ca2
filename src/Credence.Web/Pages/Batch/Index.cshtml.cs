using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Batch;

/// <summary>Batch screening: upload a CSV, see the jobs and their progress.</summary>
[Authorize(Policy = CredencePolicies.Screen)]
// The form may be read whole (up to the largest limit the settings allow; Kestrel's own body limit still applies) so that
// the anti-forgery check passes and the handler can say why a file is refused, rather than a bare "bad request".
[RequestFormLimits(MultipartBodyLengthLimit = 4L * 1024 * 1024 * 1024)]
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
        var status = StatusCodes.Status400BadRequest;
        if (upload is null || upload.Length == 0) Error = "Choose a CSV file to upload.";
        else if (upload.Length > MaxBytes)
        {
            Error = _submission.TooLarge().Detail;
            status = StatusCodes.Status413PayloadTooLarge;
        }
        else
        {
            var content = upload.OpenReadStream();
            await using (content)
            {
                var result = await _submission.SubmitCsvAsync(
                    content, upload.FileName, Actors.Name(User), new BatchJobOptions(null, null), cancellationToken);
                if (result.Job is not null) return Redirect($"/batch/{result.Job.Id}");
                Error = result.Detail;
                status = result.StatusCode;
            }
        }
        Response.StatusCode = status;
        Jobs = await _submission.ListAsync(50, cancellationToken);
        return Page();
    }
}
