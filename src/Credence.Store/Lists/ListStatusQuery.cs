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

    /// <summary>One page of the import history, newest first.</summary>
    /// <param name="source">Only this source; null for all.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Snapshots per page, from 1.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<(int Total, IReadOnlyList<SnapshotInfo> Items)> HistoryPageAsync(
        string? source, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var query = _db.Snapshots.AsNoTracking();
        if (!string.IsNullOrEmpty(source)) query = query.Where(s => s.Source == source);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await query.OrderByDescending(s => s.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (total, [.. rows.Select(SnapshotInfo.From)]);
    }

    /// <summary>One snapshot, or null when there is none with that id.</summary>
    public async Task<SnapshotInfo?> FindAsync(long snapshotId, CancellationToken cancellationToken = default)
    {
        var row = await _db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == snapshotId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : SnapshotInfo.From(row);
    }

    /// <summary>The newest failed import of each source that has one.</summary>
    public async Task<IReadOnlyList<SnapshotInfo>> LatestFailuresAsync(CancellationToken cancellationToken = default)
    {
        var ids = await _db.Snapshots.AsNoTracking()
            .Where(s => s.Status == SnapshotStatus.Failed)
            .GroupBy(s => s.Source)
            .Select(g => g.Max(s => s.Id))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var rows = await _db.Snapshots.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Source)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(SnapshotInfo.From)];
    }

    /// <summary>One page of a snapshot's delta entries: added, then removed, then changed, each by entity id.</summary>
    /// <param name="snapshotId">The snapshot.</param>
    /// <param name="kind">Only entries of this kind; null for all.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Entries per page, from 1.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<(int Total, IReadOnlyList<SnapshotDeltaEntry> Items)> DeltaPageAsync(
        long snapshotId, DeltaKind? kind, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var query = _db.SnapshotDeltas.AsNoTracking().Where(d => d.SnapshotId == snapshotId);
        if (kind is { } k) query = query.Where(d => d.Kind == k);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        // Entries are written in kind and id order, so their row ids keep that order.
        var rows = await query.OrderBy(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (total, rows);
    }
}
