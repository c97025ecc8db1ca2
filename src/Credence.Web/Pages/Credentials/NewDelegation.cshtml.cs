using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Credence.Web.Credentials;
using Credence.Web.Endpoints;
using Credence.Web.Hosting;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Credence.Web.Pages.Credentials;

/// <summary>
/// The submit form: the secretariat for any member, a focal point for their own members only (the member list shows only
/// those, and a post for another member is refused with 403). Persons are a fixed number of rows; the credential letter's
/// fields and file are optional. The delegation is screened as soon as it is stored.
/// </summary>
[Authorize(Policy = CredencePolicies.Submit)]
public sealed class NewDelegationModel : PageModel
{
    /// <summary>How many person rows the form shows.</summary>
    public const int Rows = 6;

    private readonly CredenceDbContext _db;
    private readonly DelegationWorkflow _delegations;
    private readonly DelegationIntake _intake;
    private readonly CredenceServerOptions _options;

    public NewDelegationModel(CredenceDbContext db, DelegationWorkflow delegations, DelegationIntake intake, IOptions<CredenceServerOptions> options)
    {
        _db = db;
        _delegations = delegations;
        _intake = intake;
        _options = options.Value;
    }

    public IReadOnlyList<AssemblySession> Sessions { get; private set; } = [];

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public IReadOnlyList<GovernmentAuthority> Authorities { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public long? Session { get; set; }

    [BindProperty]
    public long? MemberId { get; set; }

    [BindProperty]
    public long? AuthorityId { get; set; }

    [BindProperty]
    public List<PersonRow> Persons { get; set; } = [];

    [BindProperty]
    public string? LetterAuthority { get; set; }

    [BindProperty]
    public string? LetterSignatory { get; set; }

    [BindProperty]
    public string? LetterOffice { get; set; }

    [BindProperty]
    public string? LetterIssuedOn { get; set; }

    [BindProperty]
    public IFormFile? LetterFile { get; set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = CredentialsAccess.Actor(User);
        if (MemberId is { } member && !await _delegations.MayActForAsync(actor, member, cancellationToken))
            return StatusCode(StatusCodes.Status403Forbidden);
        var input = new CredentialsInput();
        if (Session is null) input.Fail("sessionId", "Choose the session.");
        if (MemberId is null) input.Fail("memberId", "Choose the member.");
        if (AuthorityId is null) input.Fail("authorityId", "Choose the appointing authority.");
        var persons = input.Persons([.. Persons.Select(p => new PersonRequest(p.Role, p.Name,
            (p.Aliases ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), p.BirthDate, p.Nationality,
            p.Function, p.Rank, p.DocumentNumber))]);
        LetterInput? letter = null;
        if (LetterFile is { Length: > 0 } file)
        {
            if (file.Length > _options.MaxUploadBytes) input.Fail("letter", $"The letter is larger than {_options.MaxUploadBytes} bytes.");
            var office = input.Enum<SignatoryOffice>("letter.office", LetterOffice);
            var issued = input.Date("letter.issuedOn", LetterIssuedOn);
            if (input.IsValid) letter = await DelegationEndpoints.LetterAsync(file, LetterAuthority, LetterSignatory, office, issued, cancellationToken);
        }
        if (input.IsValid)
        {
            var result = await _intake.SubmitAsync(new DelegationSubmission(Session!.Value, MemberId!.Value, AuthorityId!.Value, persons, letter), actor, cancellationToken);
            if (result.Status == CredentialsStatus.Forbidden) return StatusCode(StatusCodes.Status403Forbidden);
            if (result.Succeeded)
            {
                TempData["Notice"] = result.Value!.Delegation.IsLate
                    ? "Delegation submitted after the deadline: it is stored and flagged late, and has been screened."
                    : "Delegation submitted and screened.";
                return CredentialsAccess.SeesAll(User)
                    ? Redirect($"/credentials/sessions/{Session}/members/{MemberId}")
                    : Redirect($"/credentials/delegations/new?session={Session}");
            }
            foreach (var error in result.Errors) Errors[error.Field] = error.Message;
        }
        foreach (var error in input.Errors) Errors[error.Field] = error.Message;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sessions = await _db.AssemblySessions.AsNoTracking().Where(s => s.Status == SessionStatus.Open).OrderByDescending(s => s.Number).ToListAsync(cancellationToken);
        Session ??= Sessions.FirstOrDefault()?.Id;
        var members = await _db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        if (!User.IsInRole(CredenceRoles.Admin))
        {
            var own = await _delegations.MembersOfFocalPointAsync(Actors.Name(User), cancellationToken);
            members = [.. members.Where(m => own.Contains(m.Id))];
        }
        Members = members;
        var codes = members.Select(m => m.CountryCode).ToList();
        Authorities = await _db.Authorities.AsNoTracking().Where(a => codes.Contains(a.CountryCode)).OrderBy(a => a.CountryCode).ThenBy(a => a.Name)
            .ToListAsync(cancellationToken);
        while (Persons.Count < Rows) Persons.Add(new PersonRow { Role = Persons.Count == 0 ? nameof(DelegationRole.Head) : null });
    }
}
