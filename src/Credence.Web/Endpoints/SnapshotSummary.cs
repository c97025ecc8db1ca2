using Credence.Store.Lists;

namespace Credence.Web.Endpoints;

/// <summary>A list snapshot as the API shows it: what was imported, when, its SHA-256, counts and delta.</summary>
public sealed record SnapshotSummary(
    long Id, string Source, string Format, DateOnly? Published, string? Sha256, int EntityCount, int DiagnosticCount,
    long? PreviousSnapshotId, int AddedCount, int RemovedCount, int ChangedCount, DateTimeOffset ImportedAt, string Status,
    string? FailureReason, IReadOnlyList<string> Files, DateTimeOffset? MonitoredAt)
{
    public static SnapshotSummary From(SnapshotInfo s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Source, s.Format.ToString(), s.Published, s.Sha256, s.EntityCount, s.DiagnosticCount, s.PreviousSnapshotId,
            s.AddedCount, s.RemovedCount, s.ChangedCount, s.ImportedAt, s.Status.ToString(), s.FailureReason, s.Files, s.MonitoredAt);
    }
}
