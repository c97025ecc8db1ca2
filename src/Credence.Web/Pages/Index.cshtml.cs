using Credence.Store.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Pages;

/// <summary>The start page: open alerts, the lists in use and how many subjects are monitored.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CredenceDbContext _db;

    public IndexModel(CredenceDbContext db)
    {
        _db = db;
    }

    public int OpenAlerts { get; private set; }

    public int EscalatedAlerts { get; private set; }

    public int MonitoredSubjects { get; private set; }

    public IReadOnlyList<ListSnapshot> ActiveLists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        OpenAlerts = await _db.Alerts.CountAsync(a => a.Status == AlertStatus.Open, cancellationToken);
        EscalatedAlerts = await _db.Alerts.CountAsync(a => a.Status == AlertStatus.Escalated, cancellationToken);
        MonitoredSubjects = await _db.MonitoredSubjects.CountAsync(m => m.Active, cancellationToken);
        ActiveLists = await _db.Snapshots.AsNoTracking()
            .Where(s => s.Status == SnapshotStatus.Active)
            .OrderBy(s => s.Source)
            .ToListAsync(cancellationToken);
    }
}
