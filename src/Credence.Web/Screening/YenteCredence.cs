using Credence.Core.Matching;

namespace Credence.Web.Screening;

/// <summary>What Credence adds to a yente result: the stored screening, what became of the hit, and the full explanation.</summary>
/// <param name="ScreeningId">The stored screening of this query (GET /api/screenings/{id}).</param>
/// <param name="Rank">The hit's rank in the stored screening; null for a result below the threshold (not stored as a hit).</param>
/// <param name="Disposition">newAlert, existingAlert, suppressed or confirmedMatch; null below the threshold.</param>
/// <param name="AlertId">The alert raised or joined.</param>
/// <param name="SuppressedByAlertId">The false-positive alert that suppresses the hit.</param>
/// <param name="Programs">Programmes or regimes as the list names them.</param>
/// <param name="Explanation">Which names met, token by token, and what each qualifier did.</param>
public sealed record YenteCredence(
    long ScreeningId,
    int? Rank,
    string? Disposition,
    long? AlertId,
    long? SuppressedByAlertId,
    IReadOnlyList<string> Programs,
    HitExplanation Explanation);
