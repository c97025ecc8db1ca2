using Credence.Store.Data;

namespace Credence.Web.Endpoints;

/// <summary>A monitored subject as the API shows it.</summary>
public sealed record MonitoredSubjectItem(
    long Id, string Name, string? Schema, string? BirthDate, string? Country, IReadOnlyList<string> Identifiers, string? Reference,
    bool Active, DateTimeOffset AddedAt, string AddedBy, DateTimeOffset? StoppedAt, long? LastScreeningId, int OpenAlerts,
    DateTimeOffset? LastScreenedAt)
{
    public static MonitoredSubjectItem From(MonitoredSubject s, int openAlerts = 0, DateTimeOffset? lastScreenedAt = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Name, s.Schema?.ToString(), s.BirthDate, s.Country,
            s.Identifiers is null ? [] : s.Identifiers.Split('\n', StringSplitOptions.RemoveEmptyEntries), s.Reference, s.Active,
            s.AddedAt, s.AddedBy, s.StoppedAt, s.LastScreeningId, openAlerts, lastScreenedAt);
    }
}
