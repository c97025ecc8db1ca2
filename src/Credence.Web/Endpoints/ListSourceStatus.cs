namespace Credence.Web.Endpoints;

/// <summary>One list source: where it is fetched from, its active snapshot and its latest failed import.</summary>
/// <param name="Source">The source id, e.g. "ofac-sdn".</param>
/// <param name="Name">The source's full name.</param>
/// <param name="Urls">The configured addresses; empty when the source is only imported by hand.</param>
/// <param name="Pending">True while an update of it is queued or running.</param>
/// <param name="Active">The snapshot screening uses; null when none.</param>
/// <param name="LastFailure">The newest failed import; null when none.</param>
public sealed record ListSourceStatus(
    string Source, string Name, IReadOnlyList<string> Urls, bool Pending, SnapshotSummary? Active, SnapshotSummary? LastFailure);
