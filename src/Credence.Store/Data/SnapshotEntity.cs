using Credence.Core.Entities;

namespace Credence.Store.Data;

/// <summary>One listed entity of a snapshot. The whole <see cref="SanctionEntity"/> is kept as JSON; the other columns are for lookups.</summary>
public sealed class SnapshotEntity
{
    public long Id { get; set; }

    public long SnapshotId { get; set; }

    /// <summary>The entity's stable id, "source:sourceId" (<see cref="SanctionEntity.Id"/>).</summary>
    public required string EntityId { get; set; }

    public EntitySchema Schema { get; set; }

    public required string PrimaryName { get; set; }

    /// <summary>
    /// SHA-256 (hex) of the entity's JSON without its raw-record reference, so a record that only moved in the file keeps
    /// its fingerprint and a record whose content changed gets a new one. Null for rows written before fingerprints existed.
    /// </summary>
    public string? RecordHash { get; set; }

    /// <summary>The entity as written by <see cref="EntityJson.Serialize"/>.</summary>
    public required string Json { get; set; }
}
