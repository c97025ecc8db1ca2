using Credence.Store.Data;

namespace Credence.Store.Lists;

/// <summary>How a snapshot differs from the active snapshot of its source it is about to replace.</summary>
/// <param name="PreviousSnapshotId">The snapshot compared against; null when the source had none (a first snapshot).</param>
/// <param name="Added">Entities only in the new snapshot; for a first snapshot the count of all its entities.</param>
/// <param name="Removed">Entities only in the previous snapshot.</param>
/// <param name="Changed">Entities in both whose record fingerprint differs.</param>
/// <param name="Entries">One row per added, removed or changed entity; empty for a first snapshot.</param>
internal sealed record SnapshotDelta(long? PreviousSnapshotId, int Added, int Removed, int Changed, IReadOnlyList<SnapshotDeltaEntry> Entries);
