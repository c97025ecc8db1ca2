namespace Credence.Web.Endpoints;

/// <summary>One page of the snapshot history, newest first.</summary>
public sealed record SnapshotPage(int Page, int PageSize, int Total, IReadOnlyList<SnapshotSummary> Items);
