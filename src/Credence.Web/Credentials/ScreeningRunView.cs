using Credence.Store.Credentials;

namespace Credence.Web.Credentials;

/// <summary>One person screened: the stored screenings (name first, then aliases) and the alerts raised.</summary>
public sealed record ScreeningRunView(long PersonId, string Name, IReadOnlyList<long> ScreeningIds, IReadOnlyList<long> NewAlertIds, int Hits)
{
    public static ScreeningRunView From(PersonScreening screening)
    {
        ArgumentNullException.ThrowIfNull(screening);
        return new(screening.Person.Id, screening.Person.Name, [.. screening.Screenings.Select(s => s.Record.Id)], screening.NewAlertIds,
            screening.Screenings.Sum(s => s.Hits.Count));
    }
}
