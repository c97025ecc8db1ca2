using Credence.Store.Credentials.Model;
using Credence.Store.Screening;

namespace Credence.Store.Credentials;

/// <summary>One delegation person screened: one stored screening per name and alias.</summary>
/// <param name="Person">The person.</param>
/// <param name="Screenings">The recorded screenings, the name first, then the aliases in order.</param>
public sealed record PersonScreening(DelegationPerson Person, IReadOnlyList<RecordedScreening> Screenings)
{
    /// <summary>The alerts this screening raised (not those it joined or that were suppressed), by id.</summary>
    public IReadOnlyList<long> NewAlertIds =>
        [.. Screenings.SelectMany(s => s.Hits).Where(h => h.Disposition == HitDisposition.NewAlert).Select(h => h.Alert!.Id).Distinct()];
}
