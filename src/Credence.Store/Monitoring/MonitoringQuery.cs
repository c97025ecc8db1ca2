using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Monitoring;

/// <summary>Reads monitored subjects with their screenings and alerts.</summary>
public sealed class MonitoringQuery
{
    private readonly CredenceDbContext _db;

    public MonitoringQuery(CredenceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>Subjects, newest first, with their open alert counts.</summary>
    /// <param name="active">Only active (true) or stopped (false) subjects; null for all.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<MonitoredSubjectSummary>> ListAsync(bool? active = null, CancellationToken cancellationToken = default)
    {
        var query = _db.MonitoredSubjects.AsNoTracking();
        if (active is { } a) query = query.Where(s => s.Active == a);
        var subjects = await query.OrderByDescending(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var open = await _db.Alerts.AsNoTracking()
            .Where(x => x.MonitoredSubjectId != null && (x.Status == AlertStatus.Open || x.Status == AlertStatus.Escalated))
            .GroupBy(x => x.MonitoredSubjectId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken)
            .ConfigureAwait(false);
        var screeningIds = subjects.Where(s => s.LastScreeningId is not null).Select(s => s.LastScreeningId!.Value).ToList();
        var runAt = new Dictionary<long, DateTimeOffset>();
        foreach (var chunk in screeningIds.Chunk(400))
        {
            foreach (var row in await _db.Screenings.AsNoTracking().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.RunAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                runAt[row.Id] = row.RunAt;
            }
        }
        return [.. subjects.Select(s => new MonitoredSubjectSummary(
            s,
            open.GetValueOrDefault(s.Id),
            s.LastScreeningId is { } id && runAt.TryGetValue(id, out var at) ? at : null))];
    }

    /// <summary>One subject, or null.</summary>
    public Task<MonitoredSubject?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        _db.MonitoredSubjects.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>The subject's screenings, newest first, at most <paramref name="limit"/> (default 100).</summary>
    public async Task<IReadOnlyList<ScreeningRecord>> ScreeningsAsync(long id, int limit = 100, CancellationToken cancellationToken = default) =>
        await _db.Screenings.AsNoTracking().Where(s => s.MonitoredSubjectId == id).OrderByDescending(s => s.Id).Take(limit)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The alerts the subject's screenings raised, newest first.</summary>
    public async Task<IReadOnlyList<Alert>> AlertsAsync(long id, CancellationToken cancellationToken = default) =>
        await _db.Alerts.AsNoTracking().Where(a => a.MonitoredSubjectId == id).OrderByDescending(a => a.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
