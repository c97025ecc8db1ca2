using System.Text.Json;

namespace Credence.Web.Screening;

/// <summary>A stored screening as the API returns it and the pages show it.</summary>
/// <param name="Id">The screening's id.</param>
/// <param name="RunAt">When it ran (UTC).</param>
/// <param name="RunBy">A user name, or "key:NAME" for an API key.</param>
/// <param name="Origin">web, api, batch, match, monitoring, cli or credentials.</param>
/// <param name="Query">The subject screened.</param>
/// <param name="Snapshots">The lists it ran against, with their SHA-256.</param>
/// <param name="AlgorithmVersion">The matcher's version, e.g. "credence-match/2".</param>
/// <param name="Options">Threshold, limit and the matching weights in force.</param>
/// <param name="AlertCount">Hits that raised a new alert.</param>
/// <param name="Hits">The hits, best first.</param>
/// <param name="BatchJobId">The batch job the screening was a row of, if any.</param>
/// <param name="BatchRow">Its row in that batch's input (1 = first data row).</param>
public sealed record ScreeningView(
    long Id,
    DateTimeOffset RunAt,
    string RunBy,
    string Origin,
    QueryView Query,
    IReadOnlyList<SnapshotView> Snapshots,
    string AlgorithmVersion,
    JsonElement Options,
    int AlertCount,
    IReadOnlyList<HitView> Hits,
    long? BatchJobId,
    int? BatchRow);
