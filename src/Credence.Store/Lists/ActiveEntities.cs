using Credence.Core.Entities;

namespace Credence.Store.Lists;

/// <summary>The entities of every active snapshot, with the snapshots they came from.</summary>
public sealed record ActiveEntities(IReadOnlyList<SnapshotInfo> Snapshots, IReadOnlyList<SanctionEntity> Entities)
{
    /// <summary>True when no list is active (nothing imported yet, or every import failed).</summary>
    public bool IsEmpty => Snapshots.Count == 0;
}
