using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Rules;
using Credence.Web.Credentials;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Credentials;

/// <summary>
/// The committee's dossier on one member for a session: competing delegations side by side, each person's screening
/// evidence and alerts, disputes, challenges, restrictions, decisions and notices. The committee (and the secretariat) also
/// get the decision form and may unlock a decided delegation; a post from any other role is refused with 403.
/// </summary>
[Authorize(Policy = CredentialsAccess.Dossier)]
public sealed class DossierModel : PageModel
{
    private readonly CommitteeWorkflow _committee;
    private readonly IAuthorizationService _authorization;
    private readonly TimeProvider _time;

    public DossierModel(CommitteeWorkflow committee, IAuthorizationService authorization, TimeProvider time)
    {
        _committee = committee;
        _authorization = authorization;
        _time = time;
    }

    public MemberDossier Dossier { get; private set; } = null!;

    public RuleSetDefinition? Rules { get; private set; }

    public bool CanDecide { get; private set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Grounds { get; set; }

    /// <summary>Cited article keys, e.g. "constitution/art-7".</summary>
    [BindProperty]
    public List<string> Cited { get; set; } = [];

    /// <summary>"Consensus" or "Tally".</summary>
    [BindProperty]
    public string? Vote { get; set; } = nameof(VoteKind.Consensus);

    [BindProperty]
    public int? VotesFor { get; set; }

    [BindProperty]
    public int? VotesAgainst { get; set; }

    [BindProperty]
    public int? Abstentions { get; set; }

    /// <summary>Evidence as "Kind:id", e.g. "Alert:12".</summary>
    [BindProperty]
    public List<string> Evidence { get; set; } = [];

    [BindProperty]
    public long? DelegationId { get; set; }

    [BindProperty]
    public string? UnlockReason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The outcome choices: value and label.</summary>
    public static IReadOnlyList<(string Value, string Label)> OutcomeChoices { get; } =
    [
        (nameof(CredentialsOutcome.Accepted), "Accepted"),
        (nameof(CredentialsOutcome.AcceptedWithRestrictions), "Accepted with restrictions"),
        (nameof(CredentialsOutcome.Provisional), "Provisional"),
        (nameof(CredentialsOutcome.Deferred), "Deferred (the status quo stays)"),
        (nameof(CredentialsOutcome.ObserverOnly), "Observer only"),
        (nameof(CredentialsOutcome.Rejected), "Rejected"),
    ];

    public async Task<IActionResult> OnGetAsync(long sessionId, long memberId, CancellationToken cancellationToken) =>
        await LoadAsync(sessionId, memberId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long sessionId, long memberId, CancellationToken cancellationToken)
    {
        if (!(await _authorization.AuthorizeAsync(User, CredencePolicies.Committee)).Succeeded) return StatusCode(StatusCodes.Status403Forbidden);
        var input = new CredentialsInput();
        var evidence = new List<EvidenceRequest>();
        foreach (var item in Evidence)
        {
            var parts = item.Split(':', 2);
            if (parts.Length == 2 && long.TryParse(parts[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var id))
                evidence.Add(new EvidenceRequest(parts[0], id));
            else input.Fail("evidence", $"'{item}' is not a piece of evidence.");
        }
        var tally = string.Equals(Vote, nameof(VoteKind.Tally), StringComparison.Ordinal);
        var body = new DecisionRequestBody(Outcome, Grounds, Cited, Vote, tally ? VotesFor : null, tally ? VotesAgainst : null,
            tally ? Abstentions : null, evidence, DelegationId, null, null, null);
        var decision = input.Decision(sessionId, memberId, body, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
        var result = input.IsValid ? await _committee.RecordDecisionAsync(decision, Actors.Name(User), cancellationToken) : null;
        if (result is { Status: CredentialsStatus.NotFound }) return NotFound();
        if (result is { Succeeded: true })
        {
            Notice = $"Decision recorded: {Label(result.Value!.Outcome)}. The member's delegations are locked until a new decision.";
            return RedirectToPage(new { sessionId, memberId });
        }
        foreach (var error in result?.Errors ?? input.Errors) Errors[error.Field] = error.Message;
        return await LoadAsync(sessionId, memberId, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUnlockAsync(long sessionId, long memberId, long delegationId, CancellationToken cancellationToken)
    {
        if (!(await _authorization.AuthorizeAsync(User, CredencePolicies.Committee)).Succeeded) return StatusCode(StatusCodes.Status403Forbidden);
        var result = await _committee.UnlockForAmendmentAsync(delegationId, UnlockReason ?? "", Actors.Name(User), cancellationToken);
        if (result.Succeeded)
        {
            Notice = $"Delegation {delegationId} unlocked for amendment; the decision is under review until a new one.";
            return RedirectToPage(new { sessionId, memberId });
        }
        if (result.Status == CredentialsStatus.NotFound) return NotFound();
        foreach (var error in result.Errors) Errors["unlock"] = error.Message;
        return await LoadAsync(sessionId, memberId, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The outcome in words.</summary>
    public static string Label(CredentialsOutcome outcome) => OutcomeChoices.First(c => string.Equals(c.Value, outcome.ToString(), StringComparison.Ordinal)).Label;

    private async Task<bool> LoadAsync(long sessionId, long memberId, CancellationToken cancellationToken)
    {
        var dossier = await _committee.GetDossierAsync(sessionId, memberId, cancellationToken);
        if (dossier is null) return false;
        Dossier = dossier;
        Rules = await _committee.RulesForSessionAsync(sessionId, cancellationToken);
        CanDecide = (await _authorization.AuthorizeAsync(User, CredencePolicies.Committee)).Succeeded;
        return true;
    }
}
