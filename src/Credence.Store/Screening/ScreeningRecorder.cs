using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Credence.Core.Matching;
using Credence.Core.Networks;
using Credence.Core.Text;
using Credence.Store.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Credence.Store.Screening;

/// <summary>
/// Screens subjects and stores each screening with its hits, its query, options, algorithm version and the snapshots it
/// ran against. A hit at or above the threshold raises an alert, unless the same subject already has an open alert on the
/// same list record (the hit joins it), or the latest decision on that subject, entity and record was a false positive
/// (the hit is stored as suppressed, pointing at the decided alert) or a true match. A change to the list record gives it
/// a new fingerprint, which lifts the suppression.
/// </summary>
public sealed class ScreeningRecorder
{
    private static readonly JsonSerializerOptions SerializerOptions = CreateJsonOptions();

    // Compiled once per model: the LINQ form was translated again on every group (expression walk, cache key, nullability
    // pass), and on the single-screening path that cost more than the query itself. A compiled query serves one model only,
    // and SQLite and PostgreSQL contexts have different models.
    private static readonly ConcurrentDictionary<IModel, Func<CredenceDbContext, string[], string[], IAsyncEnumerable<Alert>>> AlertsOnQueries = new();

    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly SubjectScreener _screener;

    /// <param name="db">The store; not disposed here.</param>
    /// <param name="time">Stamps screenings and alerts.</param>
    /// <param name="normalizer">Makes subject keys; default <see cref="ScreeningCorpus.CreateNormalizer"/>.</param>
    public ScreeningRecorder(CredenceDbContext db, TimeProvider time, NameNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        _db = db;
        _time = time;
        _screener = new SubjectScreener(time, normalizer);
    }

    /// <summary>JSON options for the stored query, options and explanations: camelCase, enums by name, scripts unescaped.</summary>
    public static JsonSerializerOptions JsonOptions => SerializerOptions;

    /// <summary>Screens one subject and stores the screening.</summary>
    public async Task<RecordedScreening> ScreenAsync(
        ScreeningCorpus corpus, ScreeningRequest request, CancellationToken cancellationToken = default)
    {
        var recorded = await ScreenManyAsync(corpus, [request], cancellationToken).ConfigureAwait(false);
        return recorded[0];
    }

    /// <summary>
    /// Screens several subjects and stores them in one transaction (the batch path: a thousand rows cost three round trips,
    /// not three thousand).
    /// </summary>
    public async Task<IReadOnlyList<RecordedScreening>> ScreenManyAsync(
        ScreeningCorpus corpus, IReadOnlyList<ScreeningRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(requests);
        var screened = requests.Select(r => Screen(corpus, r)).ToList();
        return await StoreAsync(corpus, screened, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Screens without storing; the CPU-bound half of <see cref="ScreenManyAsync"/>, safe to run on many threads (see
    /// <see cref="SubjectScreener.Screen"/>, which needs no store).
    /// </summary>
    public ScreenedSubject Screen(ScreeningCorpus corpus, ScreeningRequest request, LinkedPartyFinder? linked = null, DateOnly? at = null) =>
        _screener.Screen(corpus, request, linked, at);

    /// <summary>
    /// Stores subjects already screened with <see cref="Screen"/>, in one transaction: the look-up of earlier alerts, then
    /// the screenings, the alerts they raise and their hits, each row inserted once, complete (see <see cref="RowInserter{T}"/>).
    /// Looking up and inserting in one transaction means a decision recorded in between cannot be missed.
    /// </summary>
    public async Task<IReadOnlyList<RecordedScreening>> StoreAsync(
        ScreeningCorpus corpus, IReadOnlyList<ScreenedSubject> screened, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(screened);
        var now = _time.GetUtcNow();
        if (_db.Database.GetDbConnection() is SqliteConnection sqlite)
            return await StoreOnSqliteAsync(sqlite, corpus, screened, now, cancellationToken).ConfigureAwait(false);
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var stored = await WriteAsync(transaction.GetDbTransaction(), corpus, screened, now, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return stored;
        }
    }

    // On SQLite the transaction is the connection's own: what EF Core adds to BEGIN and COMMIT (transaction ids, each a read
    // of /dev/urandom, events, its bookkeeping) cost the single writer more than the two statements, on every group.
    // Nothing here runs through EF Core while it is open.
    private async Task<IReadOnlyList<RecordedScreening>> StoreOnSqliteAsync(
        SqliteConnection connection, ScreeningCorpus corpus, IReadOnlyList<ScreenedSubject> screened, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Opened through EF Core when closed, so that its connection interceptors (the pragmas) run.
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await _db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var stored = await WriteAsync(transaction, corpus, screened, now, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return stored;
            }
        }
        finally
        {
            if (opened) await _db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<RecordedScreening>> WriteAsync(
        DbTransaction transaction, ScreeningCorpus corpus, IReadOnlyList<ScreenedSubject> screened, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prior = await PriorAlertsAsync(transaction, screened, cancellationToken).ConfigureAwait(false);
        var planned = screened.Select(s => Plan(s, prior, now, corpus.SnapshotsJson)).ToList();

        var records = planned.Select(p => p.Record).ToList();
        await RowInserter<ScreeningRecord>.For(_db).InsertAsync(transaction, records, cancellationToken).ConfigureAwait(false);
        // Keys are known only now: each alert points at its screening, each hit at its screening and alert.
        var raised = new List<Alert>();
        var rows = new List<ScreeningHitRecord>();
        foreach (var (record, hits) in planned)
        {
            foreach (var hit in hits)
            {
                hit.Row.ScreeningId = record.Id;
                if (hit.Disposition == HitDisposition.NewAlert)
                {
                    hit.Alert!.ScreeningId = record.Id;
                    raised.Add(hit.Alert);
                }
                rows.Add(hit.Row);
            }
        }
        await RowInserter<Alert>.For(_db).InsertAsync(transaction, raised, cancellationToken).ConfigureAwait(false);
        foreach (var hit in planned.SelectMany(p => p.Hits))
        {
            if (hit.Disposition == HitDisposition.Suppressed) hit.Row.SuppressedByAlertId = hit.Alert!.Id;
            else hit.Row.AlertId = hit.Alert?.Id;
        }
        await RowInserter<ScreeningHitRecord>.For(_db).InsertAsync(transaction, rows, cancellationToken).ConfigureAwait(false);
        return [.. planned];
    }

    // The screening's row and what becomes of each hit, decided before anything is written. A hit that raises an alert adds
    // it to prior, so a second hit on the same record in the same call joins it rather than raising another.
    private static RecordedScreening Plan(ScreenedSubject subject, List<Alert> prior, DateTimeOffset now, string snapshotsJson)
    {
        var record = NewRecord(subject, now, snapshotsJson);
        var hits = new List<RecordedHit>(subject.Hits.Count);
        for (var rank = 0; rank < subject.Hits.Count; rank++)
        {
            var hit = subject.Hits[rank];
            var hash = subject.RecordHashes[rank];
            var (disposition, alert) = Decide(prior, subject, hit, hash);
            if (disposition == HitDisposition.NewAlert)
            {
                alert = NewAlert(subject, hit, hash, now);
                prior.Add(alert);
            }
            hits.Add(new RecordedHit(hit, NewHitRow(subject, rank), disposition, alert));
        }
        record.HitCount = hits.Count;
        record.AlertCount = hits.Count(h => h.Disposition == HitDisposition.NewAlert);
        return new RecordedScreening(record, hits);
    }

    // Alerts that earlier screenings raised for these subjects on these entities; the newest decision per record rules.
    private async Task<List<Alert>> PriorAlertsAsync(DbTransaction transaction, IReadOnlyList<ScreenedSubject> screened, CancellationToken cancellationToken)
    {
        var keys = screened.Where(s => s.Hits.Count > 0).Select(s => s.SubjectKey).Distinct(StringComparer.Ordinal).ToArray();
        if (keys.Length == 0) return [];
        var entities = screened.SelectMany(s => s.Hits).Select(h => h.Entity.Id).Distinct(StringComparer.Ordinal).ToArray();
        if (transaction is SqliteTransaction) return await SqlitePriorAlerts.FindAsync(_db, transaction, keys, entities, cancellationToken).ConfigureAwait(false);
        var found = new List<Alert>();
        // PostgreSQL: chunked so that a large batch stays within the database's limit on query parameters.
        foreach (var chunk in keys.Chunk(400))
        {
            await foreach (var alert in AlertsOn(_db.Model)(_db, chunk, entities).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                found.Add(alert);
            }
        }
        return found;
    }

    private static Func<CredenceDbContext, string[], string[], IAsyncEnumerable<Alert>> AlertsOn(IModel model) =>
        AlertsOnQueries.GetOrAdd(model, static _ => EF.CompileAsyncQuery((CredenceDbContext db, string[] keys, string[] entities) =>
            db.Alerts.AsNoTracking().Where(a => keys.Contains(a.SubjectKey) && entities.Contains(a.EntityId))));

    private static (HitDisposition, Alert?) Decide(List<Alert> prior, ScreenedSubject subject, ScreeningHit hit, string hash)
    {
        var same = prior
            .Where(a => string.Equals(a.SubjectKey, subject.SubjectKey, StringComparison.Ordinal)
                && string.Equals(a.EntityId, hit.Entity.Id, StringComparison.Ordinal)
                && string.Equals(a.RecordHash, hash, StringComparison.Ordinal))
            .ToList();
        var pending = same.FirstOrDefault(a => a.Status is AlertStatus.Open or AlertStatus.Escalated);
        if (pending is not null) return (HitDisposition.ExistingAlert, pending);
        var decided = same.Where(a => a.DecidedAt is not null).MaxBy(a => a.DecidedAt);
        return decided?.Status switch
        {
            AlertStatus.FalsePositive => (HitDisposition.Suppressed, decided),
            AlertStatus.TrueMatch => (HitDisposition.ConfirmedMatch, decided),
            _ => (HitDisposition.NewAlert, null),
        };
    }

    private static ScreeningRecord NewRecord(ScreenedSubject subject, DateTimeOffset now, string snapshotsJson)
    {
        var request = subject.Request;
        return new ScreeningRecord
        {
            RunAt = now,
            RunBy = request.Actor,
            Origin = request.Origin,
            QueryName = request.Query.Name,
            QueryJson = subject.QueryJson,
            SubjectKey = subject.SubjectKey,
            OptionsJson = subject.OptionsJson,
            AlgorithmVersion = AlgorithmInfo.Version,
            SnapshotsJson = snapshotsJson,
            BatchJobId = request.BatchJobId,
            BatchRow = request.BatchRow,
            MonitoredSubjectId = request.MonitoredSubjectId,
        };
    }

    private static ScreeningHitRecord NewHitRow(ScreenedSubject subject, int rank)
    {
        var hit = subject.Hits[rank];
        var link = rank < subject.Links.Count ? subject.Links[rank] : null;
        return new()
        {
            Kind = link is null ? HitKinds.Direct : HitKinds.Linked,
            LinkPath = link is null ? null : $"{link.Relation} ({string.Join(", ", link.Regimes)}): {link.Explanation}",
            Rank = rank + 1,
            EntityId = hit.Entity.Id,
            EntityName = hit.Entity.PrimaryName,
            Source = hit.Entity.Source,
            RecordHash = subject.RecordHashes[rank],
            Score = hit.Score,
            ExplanationJson = subject.ExplanationsJson[rank],
            Programs = hit.Entity.Programs.Count == 0 ? null : string.Join(", ", hit.Entity.Programs),
        };
    }

    private static Alert NewAlert(ScreenedSubject subject, ScreeningHit hit, string hash, DateTimeOffset now) => new()
    {
        CreatedAt = now,
        SubjectKey = subject.SubjectKey,
        SubjectName = subject.Request.Query.Name,
        EntityId = hit.Entity.Id,
        EntityName = hit.Entity.PrimaryName,
        Source = hit.Entity.Source,
        RecordHash = hash,
        Score = hit.Score,
        Status = AlertStatus.Open,
        Cause = subject.Request.Cause?.Invoke(new RecordedHitCandidate(hit, hash)),
        MonitoredSubjectId = subject.Request.MonitoredSubjectId,
    };

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        options.Converters.Add(new PartialDateJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
