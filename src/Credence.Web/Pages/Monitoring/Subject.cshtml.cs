using Credence.Store.Data;
using Credence.Store.Monitoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Monitoring;

/// <summary>/monitoring/{id}: one subject, its screenings and the alerts they raised, with the list change behind each.</summary>
public sealed class SubjectModel : PageModel
{
    private readonly CredenceDbContext _db;

    public SubjectModel(CredenceDbContext db) => _db = db;

    public MonitoredSubject Subject { get; private set; } = null!;

    public IReadOnlyList<ScreeningRecord> Screenings { get; private set; } = [];

    public IReadOnlyList<Alert> Alerts { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var query = new MonitoringQuery(_db);
        var subject = await query.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (subject is null) return NotFound();
        Subject = subject;
        Screenings = await query.ScreeningsAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        Alerts = await query.AlertsAsync(id, cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
