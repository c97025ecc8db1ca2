namespace Credence.Web.Endpoints;

/// <summary>The body of <c>GET /api/monitoring/{id}</c>: the subject, its screenings (newest first) and its alerts.</summary>
public sealed record MonitoredSubjectDetail(
    MonitoredSubjectItem Subject, IReadOnlyList<MonitoringScreeningItem> Screenings, IReadOnlyList<MonitoringAlertItem> Alerts);
