namespace Credence.Web.Endpoints;

/// <summary>A screening of a monitored subject: when, by whom ("system" after a list change), hits and new alerts.</summary>
public sealed record MonitoringScreeningItem(long Id, DateTimeOffset RunAt, string RunBy, int HitCount, int AlertCount);
