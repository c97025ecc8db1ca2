namespace Credence.Web.Endpoints;

/// <summary>An alert raised for a monitored subject, with the list change that caused it.</summary>
public sealed record MonitoringAlertItem(
    long Id, DateTimeOffset CreatedAt, string EntityId, string EntityName, string Source, double Score, string Status, string? Cause);
