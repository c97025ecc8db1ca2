using Credence.Lists.Common;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Web.Endpoints;

namespace Credence.Web.Lists;

/// <summary>What the list API and the list pages both show, read the same way for both.</summary>
public static class ListViews
{
    /// <summary>Snapshots or delta entries per page: 50.</summary>
    public const int PageSize = 50;

    /// <summary>Diagnostics shown with a snapshot: the first 200.</summary>
    public const int DiagnosticsShown = 200;

    /// <summary>Every configured source and every source with a snapshot, with its active snapshot and latest failure.</summary>
    public static async Task<ListsOverview> OverviewAsync(
        CredenceDbContext db, ListUpdateOptions options, IReadOnlyList<string> pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var query = new ListStatusQuery(db);
        var active = (await query.ActiveAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Source, StringComparer.Ordinal);
        var failures = (await query.LatestFailuresAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Source, StringComparer.Ordinal);
        var configured = options.Resolve();
        var ids = configured.Keys.Concat(active.Keys).Concat(failures.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var sources = ids.Select(id =>
        {
            active.TryGetValue(id, out var current);
            failures.TryGetValue(id, out var failed);
            // A failure older than the active snapshot is history, not the source's state.
            if (failed is not null && current is not null && failed.Id < current.Id) failed = null;
            return new ListSourceStatus(
                id,
                ListSources.Find(id)?.Name ?? id,
                configured.TryGetValue(id, out var source) ? [.. source.Urls.Select(u => u.ToString())] : [],
                pending.Contains(id, StringComparer.Ordinal),
                current is null ? null : SnapshotSummary.From(current),
                failed is null ? null : SnapshotSummary.From(failed));
        }).ToList();
        return new ListsOverview(sources, options.UpdateInterval > TimeSpan.Zero ? options.UpdateInterval : null);
    }

    /// <summary>One page of the history of <paramref name="source"/> (all sources when null).</summary>
    public static async Task<SnapshotPage> HistoryAsync(CredenceDbContext db, string? source, int page, CancellationToken cancellationToken)
    {
        var (total, items) = await new ListStatusQuery(db).HistoryPageAsync(source, Math.Max(page, 1), PageSize, cancellationToken).ConfigureAwait(false);
        return new SnapshotPage(Math.Max(page, 1), PageSize, total, [.. items.Select(SnapshotSummary.From)]);
    }

    /// <summary>A snapshot with one page of its delta and its first diagnostics; null when there is no such snapshot.</summary>
    public static async Task<SnapshotDetail?> DetailAsync(
        CredenceDbContext db, long id, DeltaKind? kind, int page, CancellationToken cancellationToken)
    {
        var query = new ListStatusQuery(db);
        var snapshot = await query.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (snapshot is null) return null;
        page = Math.Max(page, 1);
        var (total, entries) = await query.DeltaPageAsync(id, kind, page, PageSize, cancellationToken).ConfigureAwait(false);
        var diagnostics = await query.DiagnosticsAsync(id, DiagnosticsShown, cancellationToken).ConfigureAwait(false);
        return new SnapshotDetail(
            SnapshotSummary.From(snapshot),
            kind?.ToString(),
            page,
            PageSize,
            total,
            [.. entries.Select(e => new SnapshotDeltaItem(e.EntityId, e.EntityName, e.Kind.ToString(), e.ChangedFields))],
            [.. diagnostics.Select(d => new SnapshotDiagnosticItem(d.Source, d.Location, d.Field, d.Message, d.Severity.ToString()))]);
    }
}
