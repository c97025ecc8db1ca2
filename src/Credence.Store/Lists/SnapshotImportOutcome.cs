using Credence.Core.Entities;

namespace Credence.Store.Lists;

/// <summary>What happened to one loaded list in an import.</summary>
/// <param name="Snapshot">The snapshot as stored: <see cref="Data.SnapshotStatus.Active"/> on success, <see cref="Data.SnapshotStatus.Failed"/> otherwise.</param>
/// <param name="SupersededSnapshotId">The snapshot of the same source that was active before and is now superseded, if any.</param>
/// <param name="Diagnostics">The reader's diagnostics, all of them (the store keeps at most <see cref="ListImportWorkflow.MaxStoredDiagnostics"/>).</param>
public sealed record SnapshotImportOutcome(SnapshotInfo Snapshot, long? SupersededSnapshotId, IReadOnlyList<ParseDiagnostic> Diagnostics)
{
    public bool Succeeded => Snapshot.Status == Data.SnapshotStatus.Active;

    /// <summary>Why the import failed; null when it succeeded.</summary>
    public string? FailureReason => Snapshot.FailureReason;
}
