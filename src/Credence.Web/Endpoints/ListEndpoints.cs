using Credence.Store.Data;
using Credence.Web.Lists;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Credence.Web.Endpoints;

/// <summary><c>/api/lists</c>: list status, snapshot history with deltas, and on-demand updates (admins).</summary>
public static class ListEndpoints
{
    public static IEndpointRouteBuilder MapListEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/lists").WithTags("Lists").RequireAuthorization(CredencePolicies.Read);
        group.MapGet("/", GetOverviewAsync).WithName("ListStatus");
        group.MapGet("/snapshots", GetHistoryAsync).WithName("ListSnapshots");
        group.MapGet("/snapshots/{id:long}", GetSnapshotAsync).WithName("ListSnapshot");
        group.MapPost("/update", UpdateAsync).WithName("ListUpdate").RequireAuthorization(CredencePolicies.Admin);
        return app;
    }

    internal static async Task<Ok<ListsOverview>> GetOverviewAsync(
        CredenceDbContext db, IOptions<ListUpdateOptions> options, ListUpdateService updates, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListViews.OverviewAsync(db, options.Value, updates.Pending, cancellationToken).ConfigureAwait(false));

    internal static async Task<Ok<SnapshotPage>> GetHistoryAsync(
        CredenceDbContext db, CancellationToken cancellationToken, string? source = null, int page = 1) =>
        TypedResults.Ok(await ListViews.HistoryAsync(db, source, page, cancellationToken).ConfigureAwait(false));

    internal static async Task<Results<Ok<SnapshotDetail>, ProblemHttpResult, ValidationProblem>> GetSnapshotAsync(
        long id, CredenceDbContext db, CancellationToken cancellationToken, string? kind = null, int page = 1)
    {
        DeltaKind? filter = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!Enum.TryParse<DeltaKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["Use added, removed or changed."] });
            filter = parsed;
        }
        var detail = await ListViews.DetailAsync(db, id, filter, page, cancellationToken).ConfigureAwait(false);
        return detail is null
            ? ApiProblems.NotFound("Unknown snapshot", $"There is no list snapshot {id}.")
            : TypedResults.Ok(detail);
    }

    internal static async Task<Results<Accepted<ListUpdateQueued>, ValidationProblem>> UpdateAsync(
        ListUpdateRequest? request, ListUpdateService updates, HttpContext context, CancellationToken cancellationToken)
    {
        var (queued, unknown) = await updates.QueueAsync(request?.Sources, Actors.Name(context.User), cancellationToken).ConfigureAwait(false);
        if (unknown.Count > 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["sources"] = [$"Unknown source or no URL configured: {string.Join(", ", unknown)}."],
            });
        }
        return TypedResults.Accepted("/api/lists", new ListUpdateQueued(queued));
    }
}
