using System.Security.Claims;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Credence.Web.Networks;
using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/screenings</c>: screen one subject, read a stored screening, list recent ones; also maps the batch endpoints
/// (<see cref="BatchEndpoints"/>) and yente's <c>/match</c> (<see cref="MatchEndpoints"/>).
/// </summary>
public static class ScreeningEndpoints
{
    /// <summary>Largest page of <c>GET /api/screenings</c>: 200.</summary>
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapScreeningEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/screenings").WithTags("Screening").RequireAuthorization(CredencePolicies.Read);
        group.MapPost("", ScreenAsync).RequireAuthorization(CredencePolicies.Screen).WithName("Screen");
        group.MapGet("{id:long}", GetAsync).WithName("GetScreening");
        group.MapGet("", ListAsync).WithName("ListScreenings");
        // One line in the server's set-up maps all of screening: batches and the yente-compatible /match too.
        app.MapBatchEndpoints();
        app.MapMatchEndpoints();
        return app;
    }

    /// <summary>Screens one subject against the active lists and stores the screening with its hits and alerts.</summary>
    internal static async Task<Results<Created<ScreeningView>, ValidationProblem>> ScreenAsync(
        ScreeningInput input,
        ClaimsPrincipal user,
        CorpusProvider corpora,
        SubjectScreener screener,
        ScreeningWriter writer,
        NetworkProvider network,
        CancellationToken cancellationToken)
    {
        var check = ScreeningInputs.Check(input);
        if (!check.IsValid) return TypedResults.ValidationProblem(check.Errors, title: "The subject cannot be screened");
        var corpus = await corpora.GetAsync(cancellationToken).ConfigureAwait(false);
        var request = new ScreeningRequest
        {
            Query = check.Query!,
            Actor = Actors.Name(user),
            Origin = ScreeningOrigin.Api,
            Threshold = input.Threshold,
            Limit = input.Limit ?? 10,
        };
        var linked = (await network.GetAsync().ConfigureAwait(false)).Linked;
        var screened = screener.Screen(corpus, request, linked);
        var recorded = await writer.StoreAsync(corpus, screened, cancellationToken).ConfigureAwait(false);
        var view = ScreeningViews.From(recorded, screened, corpus);
        return TypedResults.Created($"/api/screenings/{view.Id}", view);
    }

    /// <summary>A stored screening as it was recorded.</summary>
    internal static async Task<Results<Ok<ScreeningView>, ProblemHttpResult>> GetAsync(
        long id, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var view = await ScreeningViews.LoadAsync(db, id, cancellationToken).ConfigureAwait(false);
        return view is null ? ApiProblems.NotFound("screening", id) : TypedResults.Ok(view);
    }

    /// <summary>Recent screenings, newest first, optionally by who ran them or by a part of the name.</summary>
    internal static async Task<Results<Ok<ScreeningPage>, ValidationProblem>> ListAsync(
        CredenceDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50, string? runBy = null, string? name = null)
    {
        if (page < 1) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["The page must be 1 or more."] });
        if (pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["pageSize"] = [$"The page size must be between 1 and {MaxPageSize}."],
            });
        }
        var query = db.Screenings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(runBy)) query = query.Where(s => s.RunBy == runBy.Trim());
        if (!string.IsNullOrWhiteSpace(name))
        {
            var pattern = "%" + name.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(s => EF.Functions.Like(s.QueryName, pattern, "\\"));
        }
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(s => s.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(s => new { s.Id, s.RunAt, s.RunBy, s.Origin, s.QueryName, s.HitCount, s.AlertCount, s.BatchJobId })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var summaries = items.Select(s => new ScreeningSummary(
                s.Id, s.RunAt, s.RunBy, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.Origin.ToString()), s.QueryName,
                s.HitCount, s.AlertCount, s.BatchJobId))
            .ToList();
        return TypedResults.Ok(new ScreeningPage(summaries, page, pageSize, total));
    }
}
