using System.Text.Json;
using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Store.Screening;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Review;

/// <summary>Reads alerts for the queue and for review; changes nothing.</summary>
public sealed class AlertQuery
{
    private readonly CredenceDbContext _db;

    public AlertQuery(CredenceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>The alerts <paramref name="filter"/> selects, newest first, one page of them, with the total.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The page is below 1 or the page size outside 1 to <see cref="AlertFilter.MaxPageSize"/>.</exception>
    public async Task<PagedResult<Alert>> ListAsync(AlertFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(filter.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(filter.PageSize, AlertFilter.MaxPageSize);

        var query = filter.Created.Apply(_db.Alerts, "Alerts", nameof(Alert.CreatedAt)).AsNoTracking();
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.Distinct().ToList();
            query = query.Where(a => statuses.Contains(a.Status));
        }
        if (!string.IsNullOrWhiteSpace(filter.Source))
        {
            var source = filter.Source.Trim();
            query = query.Where(a => a.Source == source);
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var entity = filter.EntityId.Trim();
            query = query.Where(a => a.EntityId == entity);
        }
        if (!string.IsNullOrWhiteSpace(filter.Subject))
        {
            var pattern = "%" + LikePattern.Escape(filter.Subject.Trim()) + "%";
            query = query.Where(a => EF.Functions.Like(a.SubjectName, pattern, LikePattern.EscapeCharacter));
        }
        if (filter.Monitored is { } monitored)
        {
            query = monitored ? query.Where(a => a.MonitoredSubjectId != null) : query.Where(a => a.MonitoredSubjectId == null);
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        // Ids follow insertion order, and SQLite cannot order by a stored DateTimeOffset: newest first by id.
        var items = await query.OrderByDescending(a => a.Id)
            .Skip((filter.Page - 1) * filter.PageSize)
            .Take(filter.PageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedResult<Alert>(items, total, filter.Page, filter.PageSize);
    }

    /// <summary>
    /// The alert <paramref name="alertId"/> with its screening, hit, explanation, the listed record it was raised on and its
    /// decisions; null when there is no such alert.
    /// </summary>
    /// <exception cref="JsonException">A stored query, explanation or entity is not valid JSON (a damaged store).</exception>
    public async Task<AlertDetails?> GetAsync(long alertId, CancellationToken cancellationToken = default)
    {
        var alert = await _db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId, cancellationToken).ConfigureAwait(false);
        if (alert is null) return null;
        var screening = await _db.Screenings.AsNoTracking()
            .FirstAsync(s => s.Id == alert.ScreeningId, cancellationToken)
            .ConfigureAwait(false);
        var hit = await _db.ScreeningHits.AsNoTracking()
            .Where(h => h.ScreeningId == alert.ScreeningId && h.AlertId == alert.Id)
            .OrderBy(h => h.Rank)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        var decisions = await _db.AlertDecisions.AsNoTracking()
            .Where(d => d.AlertId == alert.Id)
            .OrderBy(d => d.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);

        var json = ScreeningRecorder.JsonOptions;
        var query = JsonSerializer.Deserialize<ScreeningQuery>(screening.QueryJson, json) ?? new ScreeningQuery { Name = screening.QueryName };
        var snapshots = JsonSerializer.Deserialize<List<CorpusSnapshot>>(screening.SnapshotsJson, json) ?? [];
        var explanation = hit is null ? null : JsonSerializer.Deserialize<HitExplanation>(hit.ExplanationJson, json);
        var entityJson = await RecordJsonAsync(alert, snapshots, cancellationToken).ConfigureAwait(false);
        var entity = entityJson is null ? null : EntityJson.Deserialize(entityJson);
        return new AlertDetails(alert, screening, query, snapshots, hit, explanation, entityJson, entity, decisions);
    }

    // The record as it was in a snapshot the screening ran against; failing that, any stored snapshot holding the same
    // version of the record (same fingerprint).
    private async Task<string?> RecordJsonAsync(Alert alert, IReadOnlyList<CorpusSnapshot> snapshots, CancellationToken cancellationToken)
    {
        var ids = snapshots.Where(s => s.SnapshotId is not null).Select(s => s.SnapshotId!.Value).ToList();
        var rows = await _db.SnapshotEntities.AsNoTracking()
            .Where(e => e.EntityId == alert.EntityId && ids.Contains(e.SnapshotId))
            .Select(e => new { e.Json, e.RecordHash })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var match = rows.FirstOrDefault(r => string.Equals(r.RecordHash, alert.RecordHash, StringComparison.Ordinal)) ?? rows.FirstOrDefault();
        if (match is not null || alert.RecordHash is null) return match?.Json;
        return await _db.SnapshotEntities.AsNoTracking()
            .Where(e => e.EntityId == alert.EntityId && e.RecordHash == alert.RecordHash)
            .OrderByDescending(e => e.Id)
            .Select(e => e.Json)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
