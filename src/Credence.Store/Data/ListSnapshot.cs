using Credence.Lists.Common;

namespace Credence.Store.Data;

/// <summary>One import of one list: what was read, from which files, when, and whether screening uses it.</summary>
public sealed class ListSnapshot
{
    public long Id { get; set; }

    /// <summary>The list source id, e.g. "ofac-sdn" (see <see cref="ListSources"/>).</summary>
    public required string Source { get; set; }

    /// <summary>The format the loader detected; <see cref="ListFormat.Unknown"/> when the file could not be read at all.</summary>
    public ListFormat Format { get; set; }

    /// <summary>The publication date the file states, when it states one.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>SHA-256 of the input bytes, lower-case hex; null when the files could not be read.</summary>
    public string? Sha256 { get; set; }

    public int EntityCount { get; set; }

    /// <summary>All diagnostics the reader reported (only the first <see cref="Lists.ListImportWorkflow.MaxStoredDiagnostics"/> are stored).</summary>
    public int DiagnosticCount { get; set; }

    /// <summary>When the import started, from the injected <see cref="TimeProvider"/> (UTC).</summary>
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>The input file names (without folders).</summary>
    public List<string> Files { get; set; } = [];

    public SnapshotStatus Status { get; set; }

    /// <summary>The snapshot of the same source this one replaced when it became active; null for the first one.</summary>
    public long? PreviousSnapshotId { get; set; }

    /// <summary>Entities this snapshot added compared with <see cref="PreviousSnapshotId"/> (all of them for a first snapshot).</summary>
    public int AddedCount { get; set; }

    /// <summary>Entities of the previous snapshot that this one no longer has.</summary>
    public int RemovedCount { get; set; }

    /// <summary>Entities in both whose list record changed (see <see cref="SnapshotEntity.RecordHash"/>).</summary>
    public int ChangedCount { get; set; }

    /// <summary>
    /// When monitored subjects were re-screened against this snapshot's delta; null until then. Whoever activates a snapshot
    /// (the server or the command line), the server's monitoring picks up active snapshots where this is null.
    /// </summary>
    public DateTimeOffset? MonitoredAt { get; set; }

    /// <summary>Why the import failed; null unless <see cref="Status"/> is <see cref="SnapshotStatus.Failed"/>.</summary>
    public string? FailureReason { get; set; }
}
