using Credence.Store.Data;
using Credence.Store.Monitoring;
using Credence.Web.Endpoints;
using Credence.Web.Hosting;
using Credence.Web.Monitoring;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Monitoring;

/// <summary>/monitoring: the monitored subjects, a form for screeners to add one, and a button to stop one.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly CorpusProvider _corpus;
    private readonly IAuthorizationService _authorization;

    public IndexModel(CredenceDbContext db, TimeProvider time, CorpusProvider corpus, IAuthorizationService authorization)
    {
        _db = db;
        _time = time;
        _corpus = corpus;
        _authorization = authorization;
    }

    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Schema { get; set; }

    [BindProperty]
    public string? BirthDate { get; set; }

    [BindProperty]
    public string? Country { get; set; }

    [BindProperty]
    public string? Identifiers { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    public IReadOnlyList<MonitoredSubjectSummary> Subjects { get; private set; } = [];

    public bool CanScreen { get; private set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await CanScreenAsync().ConfigureAwait(false)) return Forbid();
        var identifiers = (Identifiers ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (request, errors) = MonitoringInput.Parse(new MonitoringAddRequest(Name, Schema, BirthDate, Country, identifiers, Reference));
        if (request is null)
        {
            Errors = errors;
            await LoadAsync(cancellationToken).ConfigureAwait(false);
            return Page();
        }
        var start = await new MonitoringWorkflow(_db, _time)
            .AddAsync(request, Actors.Name(User), await _corpus.GetAsync(cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
        Notice = $"{start.Subject.Name} is monitored; the first screening found {start.Screening.Hits.Count} hits.";
        return RedirectToPage("/Monitoring/Subject", new { id = start.Subject.Id });
    }

    public async Task<IActionResult> OnPostStopAsync(long id, CancellationToken cancellationToken)
    {
        if (!await CanScreenAsync().ConfigureAwait(false)) return Forbid();
        var subject = await new MonitoringWorkflow(_db, _time).StopAsync(id, Actors.Name(User), cancellationToken).ConfigureAwait(false);
        if (subject is null) return NotFound();
        Notice = $"Monitoring of {subject.Name} stopped.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanScreen = await CanScreenAsync().ConfigureAwait(false);
        bool? active = Show switch { "stopped" => false, "all" => null, _ => true };
        Subjects = await new MonitoringQuery(_db).ListAsync(active, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> CanScreenAsync() =>
        (await _authorization.AuthorizeAsync(User, CredencePolicies.Screen).ConfigureAwait(false)).Succeeded;
}
