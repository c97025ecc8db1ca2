using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Lists;

/// <summary>Which snapshots are active, and the import history.</summary>
public sealed class ListStatusQuery
{
    private readonly CredenceDbContext _db;

    public ListStatusQuery(CredenceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>The active snapshot of each source, ordered by source id.</summary>
    public async Task<IReadOnlyList<SnapshotInfo>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _db.Snapshots.AsNoTracking()
            .Where(s => s.Status == SnapshotStatus.Active)
            .OrderBy(s => s.Source)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(SnapshotInfo.From)];
    }

    /// <summary>Every import attempt, newest first.</summary>
    /// <param name="source">Only this source; null for all.</param>
    /// <param name="limit">At most this many snapshots. Default 50.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<SnapshotInfo>> HistoryAsync(
        string? source = null, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var query = _db.Snapshots.AsNoTracking();
        if (source is not null) query = query.Where(s => s.Source == source);
        // Ids grow with every import, so they order the history without comparing timestamps (SQLite cannot order DateTimeOffset).
        var rows = await query.OrderByDescending(s => s.Id).Take(limit).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(SnapshotInfo.From)];
    }

    /// <summary>The stored diagnostics of one snapshot, in the order the reader reported them.</summary>
    /// <param name="snapshotId">The snapshot.</param>
    /// <param name="limit">At most this many. Default 100.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<Core.Entities.ParseDiagnostic>> DiagnosticsAsync(
        long snapshotId, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = await _db.SnapshotDiagnostics.AsNoTracking()
            .Where(d => d.SnapshotId == snapshotId)
            .OrderBy(d => d.Id)
            .Take(limit)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(d => d.ToParseDiagnostic())];
    }
}
