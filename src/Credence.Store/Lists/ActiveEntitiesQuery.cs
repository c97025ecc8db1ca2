using Credence.Core.Entities;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Lists;

/// <summary>Loads what screening runs against: the entities of the active snapshots.</summary>
public sealed class ActiveEntitiesQuery
{
    private readonly CredenceDbContext _db;

    public ActiveEntitiesQuery(CredenceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>Reads the active snapshots and their entities in one transaction, so an import finishing meanwhile cannot mix them.</summary>
    /// <exception cref="System.Text.Json.JsonException">A stored entity is not valid entity JSON.</exception>
    public async Task<ActiveEntities> LoadAsync(CancellationToken cancellationToken = default)
    {
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var snapshots = await _db.Snapshots.AsNoTracking()
                .Where(s => s.Status == SnapshotStatus.Active)
                .OrderBy(s => s.Source)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var ids = snapshots.Select(s => s.Id).ToList();
            var entities = new List<SanctionEntity>(snapshots.Sum(s => s.EntityCount));
            // Streamed row by row: only the parsed entities are held, not every JSON string at once.
            var rows = _db.SnapshotEntities.AsNoTracking()
                .Where(e => ids.Contains(e.SnapshotId))
                .OrderBy(e => e.Id)
                .Select(e => e.Json)
                .AsAsyncEnumerable()
                .WithCancellation(cancellationToken)
                .ConfigureAwait(false);
            await foreach (var json in rows)
            {
                entities.Add(EntityJson.Deserialize(json));
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ActiveEntities([.. snapshots.Select(SnapshotInfo.From)], entities);
        }
    }
}
