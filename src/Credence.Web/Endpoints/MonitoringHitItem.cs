namespace Credence.Web.Endpoints;

/// <summary>A hit of a monitoring screening: the listed entity, its score in [0,1], and what became of it (new alert, existing alert, suppressed, confirmed match).</summary>
public sealed record MonitoringHitItem(int Rank, string EntityId, string EntityName, string Source, double Score, string Disposition, long? AlertId);
