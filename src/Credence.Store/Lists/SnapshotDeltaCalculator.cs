using Credence.Core.Entities;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Lists;

/// <summary>
/// Compares a snapshot being imported (held in memory with its fingerprints) with the stored active snapshot of the same
/// source. Only fingerprints are compared for most records; the stored JSON is read back only for records without a
/// fingerprint (rows written before fingerprints existed) and for changed records, whose changed fields are named.
/// </summary>
internal sealed class SnapshotDeltaCalculator
{
    // SQLite allows 999 parameters per statement in older builds; stay well under it.
    private const int Chunk = 400;

    private readonly CredenceDbContext _db;

    public SnapshotDeltaCalculator(CredenceDbContext db) => _db = db;

    /// <summary>The delta of <paramref name="current"/> (entity id to fingerprint and entity) against <paramref name="previousId"/>.</summary>
    public async Task<SnapshotDelta> ComputeAsync(
        long snapshotId, long? previousId, IReadOnlyDictionary<string, (string Hash, SanctionEntity Entity)> current,
        int entityCount, CancellationToken cancellationToken)
    {
        if (previousId is not { } previous) return new SnapshotDelta(null, entityCount, 0, 0, []);

        var before = await PreviousAsync(previous, cancellationToken).ConfigureAwait(false);
        var entries = new List<SnapshotDeltaEntry>();
        var changedRows = new Dictionary<long, string>();
        foreach (var (id, record) in current)
        {
            if (!before.TryGetValue(id, out var old))
            {
                entries.Add(Entry(snapshotId, previous, id, record.Entity.Names.Count > 0 ? record.Entity.PrimaryName : "", DeltaKind.Added));
            }
            else if (!string.Equals(old.Hash, record.Hash, StringComparison.Ordinal))
            {
                changedRows[old.RowId] = id;
            }
        }
        foreach (var (id, old) in before)
        {
            if (!current.ContainsKey(id)) entries.Add(Entry(snapshotId, previous, id, old.Name, DeltaKind.Removed));
        }

        // Only changed records are read back whole, to name what changed in them.
        foreach (var chunk in changedRows.Keys.Chunk(Chunk))
        {
            var rows = await _db.SnapshotEntities.AsNoTracking()
                .Where(e => chunk.Contains(e.Id))
                .Select(e => new { e.Id, e.Json })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var row in rows)
            {
                var id = changedRows[row.Id];
                var after = current[id].Entity;
                var fields = RecordFingerprint.ChangedFields(EntityJson.Deserialize(row.Json), after);
                var entry = Entry(snapshotId, previous, id, after.Names.Count > 0 ? after.PrimaryName : "", DeltaKind.Changed);
                entry.ChangedFields = string.Join(',', fields);
                entries.Add(entry);
            }
        }

        entries.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.EntityId, b.EntityId));
        return new SnapshotDelta(
            previous,
            entries.Count(e => e.Kind == DeltaKind.Added),
            entries.Count(e => e.Kind == DeltaKind.Removed),
            entries.Count(e => e.Kind == DeltaKind.Changed),
            entries);
    }

    // Entity id -> row id, fingerprint and name of the previous snapshot; the first row wins if an id repeats.
    private async Task<Dictionary<string, (long RowId, string Hash, string Name)>> PreviousAsync(long previous, CancellationToken cancellationToken)
    {
        var map = new Dictionary<string, (long RowId, string Hash, string Name)>(StringComparer.Ordinal);
        var rows = _db.SnapshotEntities.AsNoTracking()
            .Where(e => e.SnapshotId == previous)
            .OrderBy(e => e.Id)
            // The JSON is only needed where no fingerprint was stored; the rest stay cheap to read.
            .Select(e => new { e.Id, e.EntityId, e.RecordHash, e.PrimaryName, Json = e.RecordHash == null ? e.Json : null })
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken)
            .ConfigureAwait(false);
        await foreach (var row in rows)
        {
            if (map.ContainsKey(row.EntityId)) continue;
            var hash = row.RecordHash ?? RecordFingerprint.Compute(EntityJson.Deserialize(row.Json!));
            map[row.EntityId] = (row.Id, hash, row.PrimaryName);
        }
        return map;
    }

    private static SnapshotDeltaEntry Entry(long snapshotId, long previous, string entityId, string name, DeltaKind kind) => new()
    {
        SnapshotId = snapshotId,
        PreviousSnapshotId = previous,
        EntityId = entityId,
        EntityName = name,
        Kind = kind,
    };
}
