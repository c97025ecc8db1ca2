namespace Credence.Web.Endpoints;

/// <summary>The body of <c>GET /api/lists/snapshots/{id}</c>: the snapshot, one page of its delta, and its first diagnostics.</summary>
/// <param name="Snapshot">The snapshot.</param>
/// <param name="Kind">The delta kind filtered on; null for all.</param>
/// <param name="Page">The delta page, from 1.</param>
/// <param name="PageSize">Delta entries per page.</param>
/// <param name="DeltaTotal">Delta entries matching the filter.</param>
/// <param name="Delta">This page of entries.</param>
/// <param name="Diagnostics">The first 200 stored diagnostics.</param>
public sealed record SnapshotDetail(
    SnapshotSummary Snapshot, string? Kind, int Page, int PageSize, int DeltaTotal, IReadOnlyList<SnapshotDeltaItem> Delta,
    IReadOnlyList<SnapshotDiagnosticItem> Diagnostics);
