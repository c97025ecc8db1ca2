using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Store.Screening;

namespace Credence.Store.Review;

/// <summary>Everything a reviewer needs to decide an alert, as <see cref="AlertQuery.GetAsync"/> gathers it.</summary>
/// <param name="Alert">The alert.</param>
/// <param name="Screening">The screening that raised it.</param>
/// <param name="Query">The subject as screened.</param>
/// <param name="Snapshots">The lists the screening ran against, with their SHA-256s.</param>
/// <param name="Hit">The hit that raised the alert; null if the row is missing.</param>
/// <param name="Explanation">The hit's explanation as it was when screened; null if the row is missing.</param>
/// <param name="EntityJson">The listed record as stored with its snapshot (entity JSON); null when no snapshot in the store holds it.</param>
/// <param name="Entity"><paramref name="EntityJson"/> read back as an entity.</param>
/// <param name="Decisions">Every decision on the alert, oldest first.</param>
public sealed record AlertDetails(
    Alert Alert,
    ScreeningRecord Screening,
    ScreeningQuery Query,
    IReadOnlyList<CorpusSnapshot> Snapshots,
    ScreeningHitRecord? Hit,
    HitExplanation? Explanation,
    string? EntityJson,
    SanctionEntity? Entity,
    IReadOnlyList<AlertDecision> Decisions);
