using System.Globalization;
using Credence.Core.Networks;
using Credence.Web.Networks;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/network</c>: find entities in the ownership and link graph, their neighbourhood, the shortest explained path
/// between two, and their exposure to listed parties per regime.
/// </summary>
public static class NetworkEndpoints
{
    private const int MaxSearchResults = 50;

    public static IEndpointRouteBuilder MapNetworkEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/network").WithTags("Network").RequireAuthorization(CredencePolicies.Read);
        group.MapGet("/entities", SearchAsync).WithName("SearchNetworkEntities");
        group.MapGet("/entities/{id}", GetEntityAsync).WithName("GetNetworkEntity");
        group.MapGet("/entities/{id}/neighbours", GetNeighboursAsync).WithName("GetNetworkNeighbours");
        group.MapGet("/entities/{id}/exposure", GetExposureAsync).WithName("GetNetworkExposure");
        group.MapGet("/path", GetPathAsync).WithName("GetNetworkPath");
        return app;
    }

    internal static async Task<Ok<IReadOnlyList<NetworkEntitySummary>>> SearchAsync(NetworkProvider network, [FromQuery] string? q)
    {
        var state = await network.GetAsync().ConfigureAwait(false);
        var text = (q ?? "").Trim();
        var found = state.Graph.Nodes
            .Where(n => text.Length == 0
                || n.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || n.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase))
                || string.Equals(n.Id, text, StringComparison.Ordinal))
            .OrderByDescending(n => n.Listings.Count > 0)
            .ThenBy(n => n.Name, StringComparer.Ordinal)
            .Take(MaxSearchResults)
            .Select(NetworkEntitySummary.From)
            .ToList();
        return TypedResults.Ok<IReadOnlyList<NetworkEntitySummary>>(found);
    }

    internal static async Task<Results<Ok<NetworkEntityDetails>, ProblemHttpResult>> GetEntityAsync(NetworkProvider network, string id)
    {
        var state = await network.GetAsync().ConfigureAwait(false);
        var node = state.Graph.FindNode(id);
        if (node is null) return NotFound(id);
        return TypedResults.Ok(new NetworkEntityDetails(node, state.Graph.EdgesOf(id)));
    }

    internal static async Task<Results<Ok<NeighbourhoodResult>, ProblemHttpResult, ValidationProblem>> GetNeighboursAsync(
        NetworkProvider network, string id, [FromQuery] int? hops, [FromQuery] string? types, [FromQuery] string? at, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var day = ParseDate(at, "at", errors);
        var edgeTypes = ParseTypes(types, errors);
        if (hops is < 1 or > 6) errors["hops"] = ["hops is between 1 and 6."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var state = await network.GetAsync().ConfigureAwait(false);
        var result = state.Graph.Neighbourhood(id, new NeighbourhoodQuery { MaxHops = hops ?? 2, EdgeTypes = edgeTypes, At = day, MaxNodes = 500 }, cancellationToken);
        return result is null ? NotFound(id) : TypedResults.Ok(result);
    }

    internal static async Task<Results<Ok<ExposureResult>, ProblemHttpResult, ValidationProblem>> GetExposureAsync(
        NetworkProvider network, TimeProvider time, string id, [FromQuery] string? at, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var day = ParseDate(at, "at", errors) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var state = await network.GetAsync().ConfigureAwait(false);
        var result = state.Exposure.Exposure(id, day, cancellationToken);
        return result is null ? NotFound(id) : TypedResults.Ok(result);
    }

    internal static async Task<Results<Ok<NetworkPathResult>, ProblemHttpResult, ValidationProblem>> GetPathAsync(
        NetworkProvider network, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? at, [FromQuery] int? maxHops,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(from)) errors["from"] = ["from (an entity id) is required."];
        if (string.IsNullOrWhiteSpace(to)) errors["to"] = ["to (an entity id) is required."];
        if (maxHops is < 1 or > 12) errors["maxHops"] = ["maxHops is between 1 and 12."];
        var day = ParseDate(at, "at", errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var state = await network.GetAsync().ConfigureAwait(false);
        if (!state.Graph.Contains(from!)) return NotFound(from!);
        if (!state.Graph.Contains(to!)) return NotFound(to!);
        var path = state.Graph.ShortestPath(from!, to!, new PathQuery { MaxHops = maxHops ?? 6, At = day }, cancellationToken);
        if (path is null)
        {
            return ApiProblems.NotFound("No path", $"No path of at most {maxHops ?? 6} links joins {from} and {to}.");
        }
        return TypedResults.Ok(new NetworkPathResult(from!, to!, path.Steps, state.Graph.Explain(from!, path, day)));
    }

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound("Unknown entity", $"No entity with id '{id}' is in the network graph.");

    private static DateOnly? ParseDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors[field] = [$"'{text}' is not a date in the form YYYY-MM-DD."];
        return null;
    }

    private static HashSet<EdgeType>? ParseTypes(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var set = new HashSet<EdgeType>();
        foreach (var word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<EdgeType>(word, ignoreCase: true, out var type) && Enum.IsDefined(type)) set.Add(type);
            else errors["types"] = [$"'{word}' is not a link type; use {string.Join(", ", Enum.GetNames<EdgeType>())}."];
        }
        return set;
    }
}
