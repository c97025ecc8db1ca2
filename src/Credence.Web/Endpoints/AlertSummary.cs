using Credence.Store.Data;

namespace Credence.Web.Endpoints;

/// <summary>An alert as the queue lists it. <paramref name="Status"/> is "Open", "TrueMatch", "FalsePositive" or "Escalated".</summary>
public sealed record AlertSummary(
    long Id,
    DateTimeOffset CreatedAt,
    string SubjectName,
    string SubjectKey,
    string EntityId,
    string EntityName,
    string Source,
    double Score,
    string Status,
    string? Cause,
    long ScreeningId,
    long? MonitoredSubjectId,
    string? RecordHash,
    DateTimeOffset? DecidedAt,
    string? DecidedBy)
{
    internal static AlertSummary From(Alert a) => new(
        a.Id, a.CreatedAt, a.SubjectName, a.SubjectKey, a.EntityId, a.EntityName, a.Source, a.Score, a.Status.ToString(), a.Cause,
        a.ScreeningId, a.MonitoredSubjectId, a.RecordHash, a.DecidedAt, a.DecidedBy);
}
