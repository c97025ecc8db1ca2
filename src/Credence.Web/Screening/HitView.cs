using Credence.Core.Matching;

namespace Credence.Web.Screening;

/// <summary>One hit of a stored screening with what became of it and why it scored what it scored.</summary>
/// <param name="Rank">1 = best.</param>
/// <param name="EntityId">The listed entity, "source:sourceId".</param>
/// <param name="Source">The list source id.</param>
/// <param name="Schema">Person, Organization, Vessel, Aircraft or Unknown; null when the list record is no longer stored.</param>
/// <param name="Name">The entity's primary name.</param>
/// <param name="Score">Score in [0,1].</param>
/// <param name="Programs">Programmes or regimes as the list names them.</param>
/// <param name="Disposition">newAlert, existingAlert, suppressed or confirmedMatch.</param>
/// <param name="AlertId">The alert the hit raised or joined (or the confirmed alert).</param>
/// <param name="SuppressedByAlertId">The false-positive alert that suppresses this hit, for a suppressed hit.</param>
/// <param name="Explanation">Which names met, token by token, and what each qualifier did.</param>
/// <param name="Kind">"direct" for a listed entity; "linked" for an unlisted one that listed parties own, control or are related to.</param>
/// <param name="Link">For a linked hit: the relation, the regimes and the path in words.</param>
public sealed record HitView(
    int Rank,
    string EntityId,
    string Source,
    string? Schema,
    string Name,
    double Score,
    IReadOnlyList<string> Programs,
    string Disposition,
    long? AlertId,
    long? SuppressedByAlertId,
    HitExplanation Explanation,
    string Kind = "direct",
    string? Link = null);
