using Credence.Core.Matching;
using Credence.Store.Screening;

namespace Credence.Cli.Output;

/// <summary>The whole output of <c>screen --json</c>: {query, snapshots, hits}.</summary>
internal sealed record ScreenJsonResult(ScreenJsonQuery Query, IReadOnlyList<ScreenJsonSnapshot> Snapshots, IReadOnlyList<ScreenJsonHit> Hits)
{
    public static ScreenJsonResult From(ScreeningQuery query, IReadOnlyList<CorpusSnapshot> snapshots, IReadOnlyList<ScreeningHit> hits) =>
        new(
            new ScreenJsonQuery(query.Name, query.Schema?.ToString(), query.BirthDate?.ToString(), query.Country),
            [.. snapshots.Select(s => new ScreenJsonSnapshot(s.Source, s.Published, s.Sha256, s.Entities))],
            [.. hits.Select(h => new ScreenJsonHit(
                h.Entity.Id,
                h.Entity.Source,
                h.Entity.Schema.ToString(),
                h.Entity.PrimaryName,
                h.Explanation.MatchedName,
                h.Score,
                h.Entity.Programs,
                h.Explanation))]);
}
