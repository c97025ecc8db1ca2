using Credence.Lists.Common;
using Credence.Store.Data;

namespace Credence.Store.Lists;

/// <summary>A read-only view of a stored <see cref="ListSnapshot"/>.</summary>
public sealed record SnapshotInfo(
    long Id,
    string Source,
    ListFormat Format,
    DateOnly? Published,
    string? Sha256,
    int EntityCount,
    int DiagnosticCount,
    DateTimeOffset ImportedAt,
    IReadOnlyList<string> Files,
    SnapshotStatus Status,
    string? FailureReason)
{
    /// <summary>The snapshot of the same source this one replaced; null for a first snapshot or one never activated.</summary>
    public long? PreviousSnapshotId { get; init; }

    /// <summary>Entities added compared with <see cref="PreviousSnapshotId"/> (all of them for a first snapshot).</summary>
    public int AddedCount { get; init; }

    /// <summary>Entities of the previous snapshot this one no longer has.</summary>
    public int RemovedCount { get; init; }

    /// <summary>Entities whose list record changed.</summary>
    public int ChangedCount { get; init; }

    /// <summary>When monitored subjects were re-screened against this snapshot's delta; null until then.</summary>
    public DateTimeOffset? MonitoredAt { get; init; }

    internal static SnapshotInfo From(ListSnapshot s) =>
        new(s.Id, s.Source, s.Format, s.Published, s.Sha256, s.EntityCount, s.DiagnosticCount, s.ImportedAt, [.. s.Files], s.Status, s.FailureReason)
        {
            PreviousSnapshotId = s.PreviousSnapshotId,
            AddedCount = s.AddedCount,
            RemovedCount = s.RemovedCount,
            ChangedCount = s.ChangedCount,
            MonitoredAt = s.MonitoredAt,
        };
}
