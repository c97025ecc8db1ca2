using System.Security.Claims;
using Credence.Core.Entities;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>POST /match/{dataset}</c> in the request and response shape of OpenSanctions' yente, so that a yente client switches
/// to Credence by changing its base URL. Every query is stored as a screening (origin Match) with its hits and alerts.
/// </summary>
public static class MatchEndpoints
{
    /// <summary>yente's default number of results per query: 5.</summary>
    public const int DefaultLimit = 5;

    /// <summary>yente's default threshold for "match": 0.70.</summary>
    public const double DefaultThreshold = 0.70;

    /// <summary>Most queries in one request: 100.</summary>
    public const int MaxQueries = 100;

    /// <summary>Dataset names that mean every active list.</summary>
    private static readonly string[] AllLists = ["default", "sanctions", "all"];

    public static IEndpointRouteBuilder MapMatchEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/match/{dataset}", MatchAsync).WithTags("yente").RequireAuthorization(CredencePolicies.Screen).WithName("Match");
        return app;
    }

    /// <summary>
    /// Screens each example entity against the dataset: "default" or "sanctions" for every active list, or one list's source
    /// id ("ofac-sdn"; "ofac_sdn" also works). Results scoring at or above <paramref name="threshold"/> are matches, stored as
    /// hits and alerts; results between <paramref name="cutoff"/> and the threshold are returned with match false and not
    /// stored as hits.
    /// </summary>
    internal static async Task<Results<Ok<YenteMatchResponse>, ProblemHttpResult>> MatchAsync(
        string dataset,
        YenteMatchRequest request,
        ClaimsPrincipal user,
        CorpusProvider corpora,
        SubjectScreener screener,
        ScreeningWriter writer,
        CancellationToken cancellationToken,
        double? threshold = null,
        double? cutoff = null,
        int? limit = null)
    {
        var corpus = await corpora.GetAsync(cancellationToken).ConfigureAwait(false);
        var sources = corpus.Snapshots.Select(s => s.Source).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        string? source = null;
        if (!AllLists.Contains(dataset, StringComparer.OrdinalIgnoreCase))
        {
            source = sources.FirstOrDefault(s => string.Equals(s, dataset.Replace('_', '-'), StringComparison.OrdinalIgnoreCase));
            if (source is null)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Dataset not found",
                    detail: $"There is no dataset '{dataset}'; use default, sanctions or one of: {string.Join(", ", sources)}.");
            }
        }
        var matchAt = threshold ?? DefaultThreshold;
        if (double.IsNaN(matchAt) || matchAt is < 0 or > 1 || cutoff is { } c && (double.IsNaN(c) || c is < 0 or > 1))
            return BadRequest("threshold and cutoff must be between 0 and 1.");
        // As yente does: results below the cutoff are dropped, and a cutoff above the threshold is the threshold.
        var returnAt = Math.Min(cutoff ?? matchAt, matchAt);
        var take = Math.Clamp(limit ?? DefaultLimit, 1, ScreeningInputs.MaxLimit);
        var queries = request.Queries?.Where(q => q.Value is not null).ToList() ?? [];
        if (queries.Count == 0) return BadRequest("No queries provided.");
        if (queries.Count > MaxQueries) return BadRequest($"Too many queries in one batch (limit: {MaxQueries}).");

        // A query whose schema is unknown cannot be parsed, and yente refuses the whole request for it; so does Credence.
        var parsed = new List<(string Key, YenteQueryEcho Echo, EntitySchema Schema)>();
        foreach (var (key, example) in queries)
        {
            var echo = YenteExamples.Echo(example!);
            if (!ScreeningInputs.TryParseSchema(echo.Schema, out var schema))
                return BadRequest($"Cannot parse example entity '{key}': unknown schema '{echo.Schema}'.");
            parsed.Add((key, echo, schema));
        }

        var actor = Actors.Name(user);
        var screened = new List<(string Key, ScreenedSubject All, ScreenedSubject Stored)>();
        var responses = new Dictionary<string, YenteMatches>(StringComparer.Ordinal);
        foreach (var (key, echo, schema) in parsed)
        {
            var query = YenteExamples.Query(echo, schema);
            if (query is null)
            {
                // Credence matches on names: without one there is nothing to screen, and an empty answer would read as "clear".
                responses[key] = new YenteMatches(
                    StatusCodes.Status400BadRequest, [], new YenteTotal(0, "eq"), echo,
                    $"Query '{key}' has no usable name (a 'name' property of 1 to {ScreeningInputs.MaxNameLength} characters is required).");
                continue;
            }
            var all = screener.Screen(corpus, new ScreeningRequest
            {
                Query = query,
                Actor = actor,
                Origin = ScreeningOrigin.Match,
                Threshold = returnAt,
                Limit = source is null ? take : ScreeningInputs.MaxLimit,
            });
            var kept = Enumerable.Range(0, all.Hits.Count)
                .Where(i => source is null || string.Equals(all.Hits[i].Entity.Source, source, StringComparison.OrdinalIgnoreCase))
                .Take(take)
                .ToList();
            all = all with
            {
                Hits = [.. kept.Select(i => all.Hits[i])],
                RecordHashes = [.. kept.Select(i => all.RecordHashes[i])],
                Links = [.. kept.Select(i => all.Links[i])],
            };
            var matches = Enumerable.Range(0, all.Hits.Count).Where(i => all.Hits[i].Score >= matchAt).ToList();
            var stored = all with
            {
                Request = all.Request with { Threshold = matchAt, Limit = take },
                Threshold = matchAt,
                Hits = [.. matches.Select(i => all.Hits[i])],
                RecordHashes = [.. matches.Select(i => all.RecordHashes[i])],
                Links = [.. matches.Select(i => all.Links[i])],
            };
            screened.Add((key, all, stored));
        }

        // Each query goes to the group-commit writer, so a request with many queries and other clients share commits.
        var recorded = await Task.WhenAll(screened.Select(s => writer.StoreAsync(corpus, s.Stored, cancellationToken))).ConfigureAwait(false);
        for (var i = 0; i < screened.Count; i++)
        {
            var (key, all, _) = screened[i];
            var record = recorded[i];
            var results = all.Hits.Select(hit =>
            {
                var stored = record.Hits.FirstOrDefault(h => string.Equals(h.Row.EntityId, hit.Entity.Id, StringComparison.Ordinal));
                return new YenteResult
                {
                    Id = hit.Entity.Id,
                    Caption = hit.Entity.PrimaryName,
                    Schema = YenteExamples.SchemaName(hit.Entity.Schema),
                    Properties = YenteExamples.Properties(hit.Entity),
                    Datasets = [hit.Entity.Source],
                    FirstSeen = hit.Entity.ListedOn is { } listed ? new DateTimeOffset(listed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                    Score = hit.Score,
                    Features = Features(hit.Explanation),
                    Match = hit.Score >= matchAt,
                    Credence = new YenteCredence(
                        record.Record.Id,
                        stored?.Row.Rank,
                        stored is null ? null : ScreeningViews.Name(stored.Disposition),
                        stored?.Row.AlertId,
                        stored?.Row.SuppressedByAlertId,
                        hit.Entity.Programs,
                        hit.Explanation),
                };
            }).ToList();
            responses[key] = new YenteMatches(StatusCodes.Status200OK, results, new YenteTotal(results.Count, "eq"), parsed.First(p => p.Key == key).Echo);
        }
        // Answers come back in the order the queries were asked.
        var ordered = parsed.ToDictionary(p => p.Key, p => responses[p.Key], StringComparer.Ordinal);
        return TypedResults.Ok(new YenteMatchResponse(ordered, YenteExamples.Features, take));
    }

    private static Dictionary<string, double> Features(Core.Matching.HitExplanation explanation)
    {
        var features = new Dictionary<string, double>(StringComparer.Ordinal) { ["name_score"] = explanation.NameScore };
        foreach (var effect in explanation.Qualifiers)
        {
            var key = effect.Qualifier.Replace('-', '_');
            features[key] = features.GetValueOrDefault(key) + effect.Delta;
        }
        return features;
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query", detail: detail);
}
