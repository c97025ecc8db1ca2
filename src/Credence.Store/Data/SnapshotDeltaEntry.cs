namespace Credence.Store.Data;

/// <summary>
/// One entity that a snapshot added, removed or changed compared with the snapshot of the same source it replaced.
/// </summary>
public sealed class SnapshotDeltaEntry
{
    public long Id { get; set; }

    /// <summary>The new snapshot.</summary>
    public long SnapshotId { get; set; }

    /// <summary>The snapshot it replaced; null when there was none (then every entity is added, and no entries are written).</summary>
    public long? PreviousSnapshotId { get; set; }

    public required string EntityId { get; set; }

    public required string EntityName { get; set; }

    public DeltaKind Kind { get; set; }

    /// <summary>For <see cref="DeltaKind.Changed"/>: the fields that changed, comma-separated (e.g. "names,birthDates").</summary>
    public string? ChangedFields { get; set; }
}
