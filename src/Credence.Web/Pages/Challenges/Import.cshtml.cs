using Credence.Lists.Letters;
using Credence.Store.Credentials;
using Credence.Web.Challenges;
using Credence.Web.Hosting;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Credence.Web.Pages.Challenges;

/// <summary>
/// /challenges/import: paste a sign-on letter or upload it as .txt, see what the parser made of it (problems and
/// near-duplicates included), choose the target, and confirm to file it as a challenge. Admin or committee.
/// </summary>
[Authorize(Policy = CredencePolicies.Committee)]
public sealed class ImportModel : PageModel
{
    private readonly ChallengeQuery _query;
    private readonly ChallengeWorkflow _workflow;
    private readonly long _limit;

    public ImportModel(ChallengeQuery query, ChallengeWorkflow workflow, IOptions<CredenceServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _query = query;
        _workflow = workflow;
        _limit = Math.Min(options.Value.MaxUploadBytes, LetterParser.MaxInputLength);
    }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public long? SessionId { get; set; }

    /// <summary>"delegation:ID", "authority:ID" or "person:ID".</summary>
    [BindProperty]
    public string? TargetValue { get; set; }

    [BindProperty]
    public long? MemberId { get; set; }

    [BindProperty]
    public int Anonymous { get; set; }

    public ParsedLetter? Preview { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public IReadOnlyList<(long Id, string Label)> Sessions { get; private set; } = [];

    public IReadOnlyList<(long Id, string Label)> Members { get; private set; } = [];

    public IReadOnlyList<ChallengeTargetChoice> Targets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken).ConfigureAwait(false);
        if (!await ReadTextAsync(cancellationToken).ConfigureAwait(false)) return Page();
        Preview = LetterParser.Parse(Text!);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken).ConfigureAwait(false);
        if (!await ReadTextAsync(cancellationToken).ConfigureAwait(false)) return Page();
        Preview = LetterParser.Parse(Text!);
        if (Preview.ParsedCount == 0)
        {
            Errors["Text"] = ["No signatory list was found: nothing to import."];
            return Page();
        }
        var (target, errors) = ChallengeTargetInput.ReadChoice(SessionId, TargetValue, MemberId);
        if (Anonymous < 0) errors["Anonymous"] = ["Cannot be negative."];
        if (target is null || errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }
        var result = await _workflow.ImportAsync(Preview, target, Text, Anonymous, Actors.Name(User), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            Errors = ChallengeTargetInput.Errors(result.Errors);
            return Page();
        }
        return Redirect($"/challenges/{result.Value!.Challenge.Id}");
    }

    private async Task<bool> ReadTextAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > _limit)
            {
                Errors["Upload"] = [string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The file is larger than {_limit:N0} bytes.")];
                return false;
            }
            var stream = Upload.OpenReadStream();
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                Text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        if (string.IsNullOrWhiteSpace(Text))
        {
            Errors["Text"] = ["Paste the letter's text or choose a .txt file."];
            return false;
        }
        if (Text.Length > _limit)
        {
            Errors["Text"] = ["The text is longer than the server accepts."];
            return false;
        }
        return true;
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Sessions = await _query.SessionsAsync(cancellationToken).ConfigureAwait(false);
        Members = await _query.MembersAsync(cancellationToken).ConfigureAwait(false);
        Targets = await _query.TargetsAsync(cancellationToken).ConfigureAwait(false);
    }
}
