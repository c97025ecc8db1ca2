namespace Credence.Web.Endpoints;

/// <summary>The answer to <c>POST /api/monitoring</c>: the subject and its first screening's hits.</summary>
public sealed record MonitoringAdded(MonitoredSubjectItem Subject, long ScreeningId, IReadOnlyList<MonitoringHitItem> Hits);
