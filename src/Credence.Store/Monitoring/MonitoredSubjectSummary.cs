using Credence.Store.Data;

namespace Credence.Store.Monitoring;

/// <summary>A monitored subject with what a list of them shows: its open alerts and when it was last screened.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="OpenAlerts">Alerts raised by its screenings that are open or escalated.</param>
/// <param name="LastScreenedAt">When its latest screening ran; null if it never was.</param>
public sealed record MonitoredSubjectSummary(MonitoredSubject Subject, int OpenAlerts, DateTimeOffset? LastScreenedAt);
