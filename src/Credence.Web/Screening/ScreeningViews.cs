using System.Runtime.CompilerServices;
using System.Text.Json;
using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Store.Screening;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Screening;

/// <summary>Builds <see cref="ScreeningView"/>s from a screening just recorded or from the store.</summary>
public static class ScreeningViews
{
    // The snapshots of a corpus as views: the same for every screening against it, so made once per corpus.
    private static readonly ConditionalWeakTable<ScreeningCorpus, IReadOnlyList<SnapshotView>> SnapshotsOf = [];

    // The options element of the last options JSON seen: nearly every screening uses the same threshold and limit.
    // A reference swapped whole, so a reader never sees one request's JSON with another's element.
    private static ParsedOptions? _lastOptions;

    /// <summary>
    /// The view of a screening <see cref="ScreeningRecorder"/> has just stored, from the objects it was stored from (<paramref name="screened"/>, against
    /// <paramref name="corpus"/>) rather than from the JSON just written: the same view, without parsing the query and
    /// snapshots back.
    /// </summary>
    public static ScreeningView From(RecordedScreening recorded, ScreenedSubject screened, ScreeningCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(screened);
        ArgumentNullException.ThrowIfNull(corpus);
        var snapshots = SnapshotsOf.GetValue(corpus, static c => Views(c.Snapshots));
        return View(recorded.Record, Hits(recorded), QueryView.From(screened.Request.Query), snapshots);
    }

    private static List<HitView> Hits(RecordedScreening recorded)
    {
        var hits = new List<HitView>(recorded.Hits.Count);
        foreach (var h in recorded.Hits)
        {
            hits.Add(new HitView(
                h.Row.Rank,
                h.Row.EntityId,
                h.Row.Source,
                h.Hit.Entity.Schema.ToString(),
                h.Row.EntityName,
                h.Row.Score,
                h.Hit.Entity.Programs,
                Name(h.Disposition),
                h.Row.AlertId,
                h.Row.SuppressedByAlertId,
                h.Hit.Explanation,
                h.Row.Kind,
                h.Row.LinkPath));
        }
        return hits;
    }

    /// <summary>The stored screening <paramref name="id"/>, or null when there is none.</summary>
    public static async Task<ScreeningView?> LoadAsync(CredenceDbContext db, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var record = await db.Screenings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (record is null) return null;
        var rows = await db.ScreeningHits.AsNoTracking()
            .Where(h => h.ScreeningId == id)
            .OrderBy(h => h.Rank)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var alerts = await AlertsAsync(db, rows, cancellationToken).ConfigureAwait(false);

        // The hit rows keep no schema; the list records of the snapshots the screening ran against do.
        var snapshotIds = Snapshots(record).Where(s => s.Id is not null).Select(s => s.Id!.Value).ToList();
        var entityIds = rows.Select(r => r.EntityId).Distinct(StringComparer.Ordinal).ToList();
        var schemas = await db.SnapshotEntities.AsNoTracking()
            .Where(e => snapshotIds.Contains(e.SnapshotId) && entityIds.Contains(e.EntityId))
            .Select(e => new { e.EntityId, e.Schema })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var schemaOf = schemas.DistinctBy(s => s.EntityId, StringComparer.Ordinal)
            .ToDictionary(s => s.EntityId, s => s.Schema.ToString(), StringComparer.Ordinal);

        var hits = rows.Select(r => new HitView(
                r.Rank,
                r.EntityId,
                r.Source,
                schemaOf.GetValueOrDefault(r.EntityId),
                r.EntityName,
                r.Score,
                SplitPrograms(r.Programs),
                Name(Disposition(record, r, alerts)),
                r.AlertId,
                r.SuppressedByAlertId,
                Explanation(r),
                r.Kind,
                r.LinkPath))
            .ToList();
        return View(record, hits, QueryView.From(Query(record)), Snapshots(record));
    }

    /// <summary>The alerts that stored hits point at (raised, joined or suppressing), by id.</summary>
    public static async Task<Dictionary<long, Alert>> AlertsAsync(
        CredenceDbContext db, IEnumerable<ScreeningHitRecord> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var ids = rows.SelectMany(r => new[] { r.AlertId, r.SuppressedByAlertId }).OfType<long>().Distinct().ToList();
        var found = new Dictionary<long, Alert>();
        foreach (var chunk in ids.Chunk(500))
        {
            var alerts = await db.Alerts.AsNoTracking().Where(a => chunk.Contains(a.Id)).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var alert in alerts) found[alert.Id] = alert;
        }
        return found;
    }

    /// <summary>
    /// What became of a stored hit, from the columns the recorder set: a suppressing alert means suppressed; an alert raised
    /// by this same screening is a new alert; an alert decided a true match before this screening ran is a confirmed match;
    /// any other alert is one the hit joined.
    /// </summary>
    public static HitDisposition Disposition(ScreeningRecord screening, ScreeningHitRecord row, IReadOnlyDictionary<long, Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(screening);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(alerts);
        if (row.SuppressedByAlertId is not null) return HitDisposition.Suppressed;
        if (row.AlertId is not { } alertId || !alerts.TryGetValue(alertId, out var alert)) return HitDisposition.NewAlert;
        if (alert.ScreeningId == screening.Id) return HitDisposition.NewAlert;
        return alert.Status == AlertStatus.TrueMatch && alert.DecidedAt is { } decided && decided <= screening.RunAt
            ? HitDisposition.ConfirmedMatch
            : HitDisposition.ExistingAlert;
    }

    /// <summary>The camelCase name the API uses: newAlert, existingAlert, suppressed, confirmedMatch.</summary>
    public static string Name(HitDisposition disposition) => disposition switch
    {
        HitDisposition.NewAlert => "newAlert",
        HitDisposition.ExistingAlert => "existingAlert",
        HitDisposition.Suppressed => "suppressed",
        HitDisposition.ConfirmedMatch => "confirmedMatch",
        _ => JsonNamingPolicy.CamelCase.ConvertName(disposition.ToString()),
    };

    /// <summary>The stored explanation of a hit.</summary>
    public static HitExplanation Explanation(ScreeningHitRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return JsonSerializer.Deserialize<HitExplanation>(row.ExplanationJson, ScreeningRecorder.JsonOptions)
            ?? throw new JsonException($"Hit {row.Id} has no explanation.");
    }

    /// <summary>The stored query of a screening.</summary>
    public static ScreeningQuery Query(ScreeningRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Deserialize<ScreeningQuery>(record.QueryJson, ScreeningRecorder.JsonOptions)
            ?? new ScreeningQuery { Name = record.QueryName };
    }

    /// <summary>The snapshots a stored screening ran against.</summary>
    public static IReadOnlyList<SnapshotView> Snapshots(ScreeningRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Views(JsonSerializer.Deserialize<List<CorpusSnapshot>>(record.SnapshotsJson, ScreeningRecorder.JsonOptions) ?? []);
    }

    private static IReadOnlyList<SnapshotView> Views(IEnumerable<CorpusSnapshot> snapshots) =>
        [.. snapshots.Select(s => new SnapshotView(s.SnapshotId, s.Source, s.Published, s.Sha256, s.Entities))];

    private static ScreeningView View(ScreeningRecord record, IReadOnlyList<HitView> hits, QueryView query, IReadOnlyList<SnapshotView> snapshots) =>
        new(
            record.Id,
            record.RunAt,
            record.RunBy,
            JsonNamingPolicy.CamelCase.ConvertName(record.Origin.ToString()),
            query,
            snapshots,
            record.AlgorithmVersion,
            Options(record.OptionsJson),
            record.AlertCount,
            hits,
            record.BatchJobId,
            record.BatchRow);

    // A cloned element owns its own copy of the bytes and is read-only, so one can be shared by every view.
    private static JsonElement Options(string json)
    {
        if (Volatile.Read(ref _lastOptions) is { } last && string.Equals(last.Json, json, StringComparison.Ordinal)) return last.Element;
        using var document = JsonDocument.Parse(json);
        var element = document.RootElement.Clone();
        Volatile.Write(ref _lastOptions, new ParsedOptions(json, element));
        return element;
    }

    private sealed record ParsedOptions(string Json, JsonElement Element);

    private static IReadOnlyList<string> SplitPrograms(string? programs) =>
        string.IsNullOrEmpty(programs) ? [] : programs.Split(", ", StringSplitOptions.RemoveEmptyEntries);
}
