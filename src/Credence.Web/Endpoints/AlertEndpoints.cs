using System.Security.Claims;
using Credence.Store.Review;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/alerts</c>: the alert queue with filters, one alert with everything needed to decide it, and decisions
/// (reviewers and admins only). Reading needs any role.
/// </summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var alerts = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(CredencePolicies.Read);
        alerts.MapGet("", ListAlertsAsync).WithName("ListAlerts")
            .WithSummary("The alert queue, newest first: filter by status (comma-separated), source, subject, entityId, from/to (yyyy-MM-dd, UTC), monitored; page and pageSize (at most 200).");
        alerts.MapGet("/{id:long}", GetAlertAsync).WithName("GetAlert").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One alert with its screening, snapshots (SHA-256), explanation, listed record and decisions.");
        alerts.MapPost("/{id:long}/decisions", DecideAsync).WithName("DecideAlert").ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(CredencePolicies.Review)
            .WithSummary("Decide an alert: outcome TrueMatch, FalsePositive or Escalated, with a reason. Reviewers and admins only.");
        return app;
    }

    internal static async Task<Results<Ok<AlertList>, ValidationProblem>> ListAlertsAsync(
        AlertQuery query,
        string? status,
        string? source,
        string? subject,
        string? entityId,
        string? from,
        string? to,
        string? monitored,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var input = new ReviewInput();
        var statuses = input.Statuses(status);
        var window = input.Window(from, to);
        var isMonitored = input.Flag("monitored", monitored);
        var (number, size) = input.Paging(page, pageSize, 50, AlertFilter.MaxPageSize);
        if (!input.IsValid) return TypedResults.ValidationProblem(input.Errors);

        var filter = new AlertFilter
        {
            Statuses = statuses,
            Source = source,
            Subject = subject,
            EntityId = entityId,
            Created = window,
            Monitored = isMonitored,
            Page = number,
            PageSize = size,
        };
        var result = await query.ListAsync(filter, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AlertList([.. result.Items.Select(AlertSummary.From)], result.Total, result.Page, result.PageSize));
    }

    internal static async Task<Results<Ok<AlertDetail>, ProblemHttpResult>> GetAlertAsync(
        long id, AlertQuery query, CancellationToken cancellationToken)
    {
        var details = await query.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return details is null ? ApiProblems.NotFound($"There is no alert {id}.") : TypedResults.Ok(AlertDetail.From(details));
    }

    internal static async Task<Results<Created<DecisionView>, ProblemHttpResult, ValidationProblem>> DecideAsync(
        long id, DecisionRequest request, AlertReview review, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!ReviewInput.TryParseOutcome(request.Outcome, out var outcome))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["outcome"] = ["The outcome must be TrueMatch, FalsePositive or Escalated."],
            });
        }
        var result = await review.DecideAsync(id, outcome, request.Reason, Actors.Name(user), cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            ReviewOutcome.Decided => TypedResults.Created($"/api/alerts/{id}", DecisionView.From(result.Decision!)),
            ReviewOutcome.NotFound => ApiProblems.NotFound(result.Error!),
            _ => TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [result.Field!] = [result.Error!] }),
        };
    }
}
