using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Lists;

/// <summary>
/// Imports lists into the store. Each loaded list becomes a new snapshot: it is written in status
/// <see cref="SnapshotStatus.Importing"/> together with its entities (each with its <see cref="RecordFingerprint"/>) in one
/// transaction; then its delta against the active snapshot of the same source (entities added, removed, changed, with the
/// changed fields) is stored; and only once everything is written is it made <see cref="SnapshotStatus.Active"/> (and the
/// previous active snapshot of its source <see cref="SnapshotStatus.Superseded"/>) in a last transaction. Anything that goes
/// wrong before that leaves the previous snapshot active and a <see cref="SnapshotStatus.Failed"/> snapshot that says why.
/// </summary>
public sealed class ListImportWorkflow
{
    /// <summary>At most this many diagnostics are stored per snapshot; the count of all of them is stored regardless.</summary>
    public const int MaxStoredDiagnostics = 10_000;

    private readonly CredenceDbContext _db;
    private readonly TimeProvider _timeProvider;
    private readonly ListLoader _loader;

    /// <param name="db">The store; the workflow uses it for the whole import and does not dispose it.</param>
    /// <param name="timeProvider">Stamps <see cref="ListSnapshot.ImportedAt"/>.</param>
    /// <param name="loader">Reads paths into lists; default a new <see cref="ListLoader"/>.</param>
    public ListImportWorkflow(CredenceDbContext db, TimeProvider timeProvider, ListLoader? loader = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _db = db;
        _timeProvider = timeProvider;
        _loader = loader ?? new ListLoader();
    }

    /// <summary>Rows written per round trip while importing. Default 1,000.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// Loads <paramref name="paths"/> (list files or folders) and imports every list found, one snapshot each. Paths that
    /// cannot be loaded are reported in <see cref="ListImportResult.Errors"/>; when <paramref name="expectedSource"/> is given
    /// (an update of a known source) such a failure is also recorded as a failed snapshot of that source, and so is a list
    /// of another source.
    /// </summary>
    /// <exception cref="OperationCanceledException">The import was cancelled; what was being written is rolled back and recorded as failed.</exception>
    public async Task<ListImportResult> ImportAsync(
        IEnumerable<string> paths, string? expectedSource = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var pathList = paths.ToList();
        ListLoadReport report;
        try
        {
            // Reading a large list is CPU-bound work; keep it off the caller's thread.
            report = await Task.Run(() => _loader.Load(pathList, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            report = new ListLoadReport { Lists = [], Errors = [ex.GetBaseException().Message] };
        }

        var outcomes = new List<SnapshotImportOutcome>();
        if (expectedSource is not null && (report.Errors.Count > 0 || report.Lists.Count == 0))
        {
            var reason = report.Errors.Count > 0 ? string.Join("; ", report.Errors) : "No list was found in the downloaded files.";
            outcomes.Add(await RecordFailureAsync(expectedSource, pathList, reason, cancellationToken).ConfigureAwait(false));
            return new ListImportResult(outcomes, report.Errors.Count > 0 ? report.Errors : [reason]);
        }

        foreach (var list in report.Lists)
        {
            // An update of one source that brings another source's list (a moved URL, a wrong setting) must not replace it.
            if (expectedSource is not null && !string.Equals(list.Result.Source, expectedSource, StringComparison.OrdinalIgnoreCase))
            {
                var reason = $"The downloaded file is a {list.Result.Source} list ({list.Result.Format}), not {expectedSource}.";
                outcomes.Add(await RecordFailureAsync(expectedSource, list.Files, reason, cancellationToken).ConfigureAwait(false));
                continue;
            }
            outcomes.Add(await ImportAsync(list, cancellationToken).ConfigureAwait(false));
        }
        return new ListImportResult(outcomes, report.Errors);
    }

    /// <summary>Imports one list that is already loaded as a new snapshot, and makes it active when it is fully written.</summary>
    /// <returns>The outcome; a failure (database error, constraint, anything thrown while writing) is a failed outcome, not an exception.</returns>
    /// <exception cref="OperationCanceledException">Cancelled; the snapshot is recorded as failed and the previous one stays active.</exception>
    public async Task<SnapshotImportOutcome> ImportAsync(LoadedList list, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        var result = list.Result;
        var snapshot = new ListSnapshot
        {
            Source = result.Source,
            Format = result.Format,
            Published = result.Published,
            Sha256 = list.Sha256,
            EntityCount = result.Entities.Count,
            DiagnosticCount = result.Diagnostics.Count,
            ImportedAt = _timeProvider.GetUtcNow(),
            Files = FileNames(list.Files),
            Status = SnapshotStatus.Importing,
        };

        var written = false;
        try
        {
            var fingerprints = await WriteAsync(snapshot, result, cancellationToken).ConfigureAwait(false);
            written = true;
            var previousId = await ActiveIdAsync(snapshot.Source, snapshot.Id, cancellationToken).ConfigureAwait(false);
            var delta = await new SnapshotDeltaCalculator(_db)
                .ComputeAsync(snapshot.Id, previousId, fingerprints, result.Entities.Count, cancellationToken)
                .ConfigureAwait(false);
            await WriteDeltaAsync(delta.Entries, cancellationToken).ConfigureAwait(false);
            var superseded = await ActivateAsync(snapshot.Id, snapshot.Source, delta, cancellationToken).ConfigureAwait(false);
            snapshot.Status = SnapshotStatus.Active;
            snapshot.PreviousSnapshotId = delta.PreviousSnapshotId;
            snapshot.AddedCount = delta.Added;
            snapshot.RemovedCount = delta.Removed;
            snapshot.ChangedCount = delta.Changed;
            return new SnapshotImportOutcome(SnapshotInfo.From(snapshot), superseded, result.Diagnostics);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await MarkFailedAsync(snapshot, written, "The import was cancelled before it finished.").ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            var failed = await MarkFailedAsync(snapshot, written, ex.GetBaseException().Message).ConfigureAwait(false);
            return new SnapshotImportOutcome(failed, null, result.Diagnostics);
        }
    }

    /// <summary>Records a failed import of <paramref name="source"/> (for example a download that failed) so history shows it.</summary>
    public async Task<SnapshotImportOutcome> RecordFailureAsync(
        string source, IEnumerable<string> files, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(reason);
        var snapshot = new ListSnapshot
        {
            Source = source,
            ImportedAt = _timeProvider.GetUtcNow(),
            Files = FileNames(files),
            Status = SnapshotStatus.Failed,
            FailureReason = reason,
        };
        _db.ChangeTracker.Clear();
        _db.Snapshots.Add(snapshot);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return new SnapshotImportOutcome(SnapshotInfo.From(snapshot), null, []);
    }

    // Returns each entity id's fingerprint and entity (the first, should an id repeat), which the delta compares.
    private async Task<Dictionary<string, (string Hash, SanctionEntity Entity)>> WriteAsync(
        ListSnapshot snapshot, ListReadResult result, CancellationToken cancellationToken)
    {
        var fingerprints = new Dictionary<string, (string Hash, SanctionEntity Entity)>(result.Entities.Count, StringComparer.Ordinal);
        var detectChanges = _db.ChangeTracker.AutoDetectChangesEnabled;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                _db.Snapshots.Add(snapshot);
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

                var pending = 0;
                foreach (var entity in result.Entities)
                {
                    var hash = RecordFingerprint.Compute(entity);
                    fingerprints.TryAdd(entity.Id, (hash, entity));
                    _db.SnapshotEntities.Add(new SnapshotEntity
                    {
                        SnapshotId = snapshot.Id,
                        EntityId = entity.Id,
                        Schema = entity.Schema,
                        PrimaryName = entity.Names.Count > 0 ? entity.PrimaryName : "",
                        RecordHash = hash,
                        Json = EntityJson.Serialize(entity),
                    });
                    pending = await FlushWhenFullAsync(pending + 1, cancellationToken).ConfigureAwait(false);
                }
                foreach (var diagnostic in result.Diagnostics.Take(MaxStoredDiagnostics))
                {
                    _db.SnapshotDiagnostics.Add(new SnapshotDiagnostic
                    {
                        SnapshotId = snapshot.Id,
                        File = diagnostic.Source,
                        Location = diagnostic.Location,
                        Field = diagnostic.Field,
                        Message = diagnostic.Message,
                        Severity = diagnostic.Severity,
                    });
                    pending = await FlushWhenFullAsync(pending + 1, cancellationToken).ConfigureAwait(false);
                }
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                _db.ChangeTracker.Clear();
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
        return fingerprints;
    }

    // The entries are written while the snapshot is still Importing, so nobody reads a half-written delta.
    private async Task WriteDeltaAsync(IReadOnlyList<SnapshotDeltaEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0) return;
        var detectChanges = _db.ChangeTracker.AutoDetectChangesEnabled;
        _db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var pending = 0;
                foreach (var entry in entries)
                {
                    _db.SnapshotDeltas.Add(entry);
                    pending = await FlushWhenFullAsync(pending + 1, cancellationToken).ConfigureAwait(false);
                }
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                _db.ChangeTracker.Clear();
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    private Task<long?> ActiveIdAsync(string source, long exceptId, CancellationToken cancellationToken) =>
        _db.Snapshots.AsNoTracking()
            .Where(s => s.Source == source && s.Status == SnapshotStatus.Active && s.Id != exceptId)
            .Select(s => (long?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);

    // Keeps the change tracker small, so a list of a million entities needs no more memory than one of a thousand.
    private async Task<int> FlushWhenFullAsync(int pending, CancellationToken cancellationToken)
    {
        if (pending < BatchSize) return pending;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();
        return 0;
    }

    private async Task<long?> ActivateAsync(long snapshotId, string source, SnapshotDelta delta, CancellationToken cancellationToken)
    {
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var previous = _db.Snapshots.Where(s => s.Source == source && s.Status == SnapshotStatus.Active && s.Id != snapshotId);
            var previousId = await previous.Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            // Another import of this source finished while the delta was computed: the delta would describe the wrong change.
            if (previousId != delta.PreviousSnapshotId)
            {
                throw new InvalidOperationException(
                    $"Another import of {source} became active while this one was being compared with it; import again.");
            }
            await previous.ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SnapshotStatus.Superseded), cancellationToken)
                .ConfigureAwait(false);
            var activated = await _db.Snapshots
                .Where(s => s.Id == snapshotId && s.Status == SnapshotStatus.Importing)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(x => x.Status, SnapshotStatus.Active)
                        .SetProperty(x => x.PreviousSnapshotId, delta.PreviousSnapshotId)
                        .SetProperty(x => x.AddedCount, delta.Added)
                        .SetProperty(x => x.RemovedCount, delta.Removed)
                        .SetProperty(x => x.ChangedCount, delta.Changed),
                    cancellationToken)
                .ConfigureAwait(false);
            if (activated != 1)
                throw new InvalidOperationException($"Snapshot {snapshotId} is no longer being imported, so it was not made active.");
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return previousId;
        }
    }

    // Runs after a failure or a cancel, so it must not use the caller's token: the record of why is the point.
    private async Task<SnapshotInfo> MarkFailedAsync(ListSnapshot snapshot, bool written, string reason)
    {
        _db.ChangeTracker.Clear();
        snapshot.Status = SnapshotStatus.Failed;
        snapshot.FailureReason = reason;
        try
        {
            if (written)
            {
                // The row and its entities were committed but never activated: keep the row as history, drop the entities and delta.
                await _db.SnapshotEntities.Where(e => e.SnapshotId == snapshot.Id).ExecuteDeleteAsync(CancellationToken.None).ConfigureAwait(false);
                await _db.SnapshotDeltas.Where(e => e.SnapshotId == snapshot.Id).ExecuteDeleteAsync(CancellationToken.None).ConfigureAwait(false);
                await _db.Snapshots.Where(s => s.Id == snapshot.Id)
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(x => x.Status, SnapshotStatus.Failed).SetProperty(x => x.FailureReason, reason),
                        CancellationToken.None)
                    .ConfigureAwait(false);
            }
            else
            {
                // The first transaction rolled back, taking the Importing row with it: record the attempt afresh.
                snapshot.Id = 0;
                _db.Snapshots.Add(snapshot);
                await _db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                _db.ChangeTracker.Clear();
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            _db.ChangeTracker.Clear();
            snapshot.FailureReason = $"{reason} (the failure itself could not be recorded: {ex.GetBaseException().Message})";
        }
        return SnapshotInfo.From(snapshot);
    }

    private static List<string> FileNames(IEnumerable<string> files) =>
        [.. files.Select(f => Path.GetFileName(f.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)))];
}
