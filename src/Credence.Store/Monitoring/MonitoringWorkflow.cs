using System.Globalization;
using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Store.Audit;
using Credence.Store.Data;
using Credence.Store.Screening;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Monitoring;

/// <summary>
/// Monitoring: subjects are screened once when added, and again whenever a list snapshot becomes active, against only what
/// that snapshot added or changed (its <see cref="SnapshotDeltaEntry"/> rows; all its entities for a first snapshot of a
/// source). The <see cref="ScreeningRecorder"/> decides which hits raise alerts: a hit on a record with an open alert joins
/// it, one on a record decided as a false positive stays suppressed, and a changed record has a new fingerprint and so raises
/// a new alert. Each new alert says which list change caused it. Both hosts call this: the server's background service
/// and, for a store updated from the command line, whichever runs next.
/// </summary>
public sealed class MonitoringWorkflow
{
    /// <summary>The actor of screenings run because a list changed.</summary>
    public const string SystemActor = "system";

    // Screenings stored per transaction when many subjects are re-screened.
    private const int SubjectChunk = 200;
    private const int IdChunk = 400;

    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly ScreeningRecorder _recorder;
    private readonly MatchingOptions? _matching;

    /// <param name="db">The store; not disposed here.</param>
    /// <param name="time">Stamps subjects, screenings and <see cref="ListSnapshot.MonitoredAt"/>.</param>
    /// <param name="matching">Options for the delta index; default <see cref="MatchingOptions"/> defaults (as the server's corpus).</param>
    public MonitoringWorkflow(CredenceDbContext db, TimeProvider time, MatchingOptions? matching = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        _db = db;
        _time = time;
        _recorder = new ScreeningRecorder(db, time);
        _matching = matching;
    }

    /// <summary>Puts a subject under monitoring, screens it once against <paramref name="corpus"/> and audits it.</summary>
    /// <param name="request">The subject.</param>
    /// <param name="actor">Who adds it (a user name, "key:NAME" or "cli").</param>
    /// <param name="corpus">What to screen the subject against now (normally every active list).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<MonitoringStart> AddAsync(
        MonitoringRequest request, string actor, ScreeningCorpus corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentNullException.ThrowIfNull(corpus);
        var query = new ScreeningQuery
        {
            Name = request.Name.Trim(),
            Schema = request.Schema,
            BirthDate = request.BirthDate,
            Country = string.IsNullOrWhiteSpace(request.Country) ? null : request.Country.Trim().ToLowerInvariant(),
            Identifiers = [.. request.Identifiers.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim())],
        };
        var subject = new MonitoredSubject
        {
            Name = query.Name,
            Schema = query.Schema,
            BirthDate = query.BirthDate?.ToString(),
            Country = query.Country,
            Identifiers = query.Identifiers.Count == 0 ? null : string.Join('\n', query.Identifiers),
            Reference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim(),
            SubjectKey = SubjectKeys.For(query, ScreeningCorpus.CreateNormalizer()),
            AddedAt = _time.GetUtcNow(),
            AddedBy = actor,
        };
        _db.MonitoredSubjects.Add(subject);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var screening = await _recorder.ScreenAsync(corpus, Request(subject, query, actor, cause: null), cancellationToken).ConfigureAwait(false);
        subject.LastScreeningId = screening.Record.Id;
        _db.MonitoredSubjects.Attach(subject).Property(s => s.LastScreeningId).IsModified = true;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        await new AuditLog(_db, _time).AppendAsync(
            actor, "monitoring.added", Target(subject.Id), $"{subject.Name}; first screening {screening.Record.Id}: {screening.Hits.Count} hits",
            cancellationToken).ConfigureAwait(false);
        return new MonitoringStart(subject, screening);
    }

    /// <summary>Stops monitoring a subject; the row stays, with <see cref="MonitoredSubject.StoppedAt"/>. Audited.</summary>
    /// <returns>The subject, or null when there is none with that id. Stopping a stopped subject changes nothing.</returns>
    public async Task<MonitoredSubject?> StopAsync(long id, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var subject = await _db.MonitoredSubjects.SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (subject is null || !subject.Active) return subject;
        subject.Active = false;
        subject.StoppedAt = _time.GetUtcNow();
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await new AuditLog(_db, _time).AppendAsync(actor, "monitoring.stopped", Target(id), subject.Name, cancellationToken).ConfigureAwait(false);
        return subject;
    }

    /// <summary>Re-screens the monitored subjects against every active snapshot not yet monitored, oldest first.</summary>
    public async Task<IReadOnlyList<MonitoringRun>> ProcessPendingAsync(CancellationToken cancellationToken = default)
    {
        var pending = await _db.Snapshots.AsNoTracking()
            .Where(s => s.Status == SnapshotStatus.Active && s.MonitoredAt == null)
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var runs = new List<MonitoringRun>();
        foreach (var id in pending)
        {
            runs.Add(await ProcessSnapshotAsync(id, cancellationToken).ConfigureAwait(false));
        }
        return runs;
    }

    /// <summary>
    /// Re-screens every active monitored subject against what snapshot <paramref name="snapshotId"/> added or changed, then
    /// stamps <see cref="ListSnapshot.MonitoredAt"/>. Running it again on the same snapshot raises no new alert (the hits join
    /// the open ones).
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no snapshot with that id.</exception>
    public async Task<MonitoringRun> ProcessSnapshotAsync(long snapshotId, CancellationToken cancellationToken = default)
    {
        var snapshot = await _db.Snapshots.AsNoTracking().SingleAsync(s => s.Id == snapshotId, cancellationToken).ConfigureAwait(false);
        var subjects = await _db.MonitoredSubjects.AsNoTracking()
            .Where(m => m.Active)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var entities = 0;
        var alerts = 0;
        var screened = 0;
        if (subjects.Count > 0)
        {
            var (changes, delta) = await DeltaAsync(snapshot, cancellationToken).ConfigureAwait(false);
            entities = delta.Count;
            if (delta.Count > 0)
            {
                var corpus = ScreeningCorpus.FromEntities(
                    new CorpusSnapshot(snapshot.Source, snapshot.Published, snapshot.Sha256, delta.Count, snapshot.Id), delta, _matching);
                foreach (var chunk in subjects.Chunk(SubjectChunk))
                {
                    var requests = chunk.Select(s => Request(s, ToQuery(s), SystemActor, c => Cause(snapshot, changes, c))).ToList();
                    var recorded = await _recorder.ScreenManyAsync(corpus, requests, cancellationToken).ConfigureAwait(false);
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        var screeningId = recorded[i].Record.Id;
                        await _db.MonitoredSubjects.Where(m => m.Id == chunk[i].Id)
                            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastScreeningId, screeningId), cancellationToken)
                            .ConfigureAwait(false);
                    }
                    alerts += recorded.Sum(r => r.Hits.Count(h => h.Disposition == HitDisposition.NewAlert));
                    screened += chunk.Length;
                }
            }
        }
        var now = _time.GetUtcNow();
        await _db.Snapshots.Where(s => s.Id == snapshotId && s.MonitoredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.MonitoredAt, now), cancellationToken)
            .ConfigureAwait(false);
        return new MonitoringRun(snapshotId, snapshot.Source, entities, screened, alerts);
    }

    /// <summary>The screening query of a stored subject.</summary>
    public static ScreeningQuery ToQuery(MonitoredSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new ScreeningQuery
        {
            Name = subject.Name,
            Schema = subject.Schema,
            BirthDate = PartialDate.TryParseIso(subject.BirthDate, out var born) ? born : null,
            Country = subject.Country,
            Identifiers = subject.Identifiers is null ? [] : subject.Identifiers.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        };
    }

    // The added and changed entities of the snapshot, with their delta entries by entity id (empty for a first snapshot).
    private async Task<(Dictionary<string, SnapshotDeltaEntry> Changes, List<SanctionEntity> Entities)> DeltaAsync(
        ListSnapshot snapshot, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, SnapshotDeltaEntry>(StringComparer.Ordinal);
        var rows = new List<string>();
        if (snapshot.PreviousSnapshotId is null)
        {
            rows = await _db.SnapshotEntities.AsNoTracking().Where(e => e.SnapshotId == snapshot.Id).OrderBy(e => e.Id)
                .Select(e => e.Json).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var entries = await _db.SnapshotDeltas.AsNoTracking()
                .Where(d => d.SnapshotId == snapshot.Id && d.Kind != DeltaKind.Removed)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var entry in entries) changes.TryAdd(entry.EntityId, entry);
            foreach (var chunk in changes.Keys.Chunk(IdChunk))
            {
                rows.AddRange(await _db.SnapshotEntities.AsNoTracking()
                    .Where(e => e.SnapshotId == snapshot.Id && chunk.Contains(e.EntityId))
                    .OrderBy(e => e.Id)
                    .Select(e => e.Json)
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false));
            }
        }
        return (changes, [.. rows.Select(EntityJson.Deserialize)]);
    }

    private static ScreeningRequest Request(MonitoredSubject subject, ScreeningQuery query, string actor, Func<RecordedHitCandidate, string?>? cause) => new()
    {
        Query = query,
        Actor = actor,
        Origin = ScreeningOrigin.Monitoring,
        MonitoredSubjectId = subject.Id,
        Cause = cause,
    };

    // E.g. "ofac-sdn snapshot 12 (published 2026-11-20) changed ofac-sdn:123: birthDates,names".
    private static string Cause(ListSnapshot snapshot, Dictionary<string, SnapshotDeltaEntry> changes, RecordedHitCandidate candidate)
    {
        var published = snapshot.Published is { } p ? " (published " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")" : "";
        var head = string.Create(CultureInfo.InvariantCulture, $"{snapshot.Source} snapshot {snapshot.Id}{published}");
        var entity = candidate.Hit.Entity.Id;
        if (!changes.TryGetValue(entity, out var change)) return $"{head} added {entity} (first snapshot of {snapshot.Source})";
        return change.Kind == DeltaKind.Changed
            ? $"{head} changed {entity}: {(string.IsNullOrEmpty(change.ChangedFields) ? "record" : change.ChangedFields)}"
            : $"{head} added {entity}";
    }

    private static string Target(long id) => "monitored:" + id.ToString(CultureInfo.InvariantCulture);
}
