using System.Globalization;
using Credence.Store.Credentials;
using Credence.Store.SignOn;
using Credence.Web.Challenges;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Challenges;

/// <summary>
/// /challenges/letters: open letters collected through the public sign-on form. The secretariat (admin) creates, opens
/// and closes them; admins and the committee moderate endorsements and publish the approved ones into a challenge.
/// </summary>
[Authorize(Policy = CredencePolicies.Committee)]
public sealed class LettersModel : PageModel
{
    private readonly SignOnWorkflow _signOn;
    private readonly ChallengeQuery _query;
    private readonly IAuthorizationService _authorization;
    private readonly TimeProvider _time;

    public LettersModel(SignOnWorkflow signOn, ChallengeQuery query, IAuthorizationService authorization, TimeProvider time)
    {
        _signOn = signOn;
        _query = query;
        _authorization = authorization;
        _time = time;
    }

    /// <summary>The letter whose moderation queue is shown.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Letter { get; set; }

    [BindProperty]
    public string? Slug { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? LetterText { get; set; }

    /// <summary>The deadline, in UTC (yyyy-MM-ddTHH:mm).</summary>
    [BindProperty]
    public string? Deadline { get; set; }

    public IReadOnlyList<OpenLetterOverview> Letters { get; private set; } = [];

    public OpenLetterOverview? Selected { get; private set; }

    public IReadOnlyList<LetterEndorsement> Queue { get; private set; } = [];

    public PublicSignatures? Approved { get; private set; }

    public IReadOnlyList<(long Id, string Label)> Sessions { get; private set; } = [];

    public IReadOnlyList<ChallengeTargetChoice> Targets { get; private set; } = [];

    public bool IsAdmin { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync().ConfigureAwait(false)) return Forbid();
        if (!DateTime.TryParseExact(Deadline, ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var deadline))
        {
            Errors["Deadline"] = ["Give the deadline as a date and time (UTC)."];
            await LoadAsync(cancellationToken).ConfigureAwait(false);
            return Page();
        }
        var result = await _signOn.CreateAsync(
            new OpenLetterInput(Slug ?? "", Title ?? "", LetterText ?? "", new DateTimeOffset(deadline, TimeSpan.Zero)), Actors.Name(User), cancellationToken)
            .ConfigureAwait(false);
        return await AfterAsync(result, $"Draft '{Slug}' created. Open it to start collecting endorsements.", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync().ConfigureAwait(false)) return Forbid();
        var result = await _signOn.OpenAsync(id, Actors.Name(User), cancellationToken).ConfigureAwait(false);
        return await AfterAsync(result, "The letter is open: its text is frozen and the public form takes endorsements until the deadline.", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostCloseAsync(long id, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync().ConfigureAwait(false)) return Forbid();
        var result = await _signOn.CloseAsync(id, Actors.Name(User), cancellationToken).ConfigureAwait(false);
        return await AfterAsync(result, "The letter is closed.", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostModerateAsync(long endorsementId, bool approve, string? reason, CancellationToken cancellationToken)
    {
        var result = await _signOn.ModerateAsync(endorsementId, approve, reason, Actors.Name(User), cancellationToken).ConfigureAwait(false);
        return await AfterAsync(result, approve ? "Endorsement approved." : "Endorsement rejected.", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostPublishAsync(long id, long? sessionId, string? targetValue, long? memberId, CancellationToken cancellationToken)
    {
        var (target, errors) = ChallengeTargetInput.ReadChoice(sessionId, targetValue, memberId);
        if (target is null)
        {
            Errors = errors;
            await LoadAsync(cancellationToken).ConfigureAwait(false);
            return Page();
        }
        var result = await _signOn.PublishAsync(id, target, Actors.Name(User), cancellationToken).ConfigureAwait(false);
        if (result.Succeeded) return Redirect($"/challenges/{result.Value!.Challenge.Id}");
        Errors = ChallengeTargetInput.Errors(result.Errors);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task<IActionResult> AfterAsync<T>(CredentialsResult<T> result, string notice, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            Notice = notice;
            return Redirect(Letter is { } id ? $"/challenges/letters?letter={id}" : "/challenges/letters");
        }
        Errors = ChallengeTargetInput.Errors(result.Errors);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task<bool> IsAdminAsync() => (await _authorization.AuthorizeAsync(User, CredencePolicies.Admin).ConfigureAwait(false)).Succeeded;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        IsAdmin = await IsAdminAsync().ConfigureAwait(false);
        Letters = await _signOn.ListAsync(cancellationToken).ConfigureAwait(false);
        Deadline ??= _time.GetUtcNow().AddDays(14).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        Selected = Letters.FirstOrDefault(l => l.Letter.Id == Letter);
        if (Selected is null) return;
        Queue = await _signOn.ModerationQueueAsync(Selected.Letter.Id, cancellationToken).ConfigureAwait(false);
        Approved = await _signOn.PublicSignaturesAsync(Selected.Letter.Id, cancellationToken).ConfigureAwait(false);
        Sessions = await _query.SessionsAsync(cancellationToken).ConfigureAwait(false);
        Targets = await _query.TargetsAsync(cancellationToken).ConfigureAwait(false);
    }
}
