using Credence.Store.Data;
using Credence.Store.Monitoring;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Credence.Web.Monitoring;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Endpoints;

/// <summary><c>/api/monitoring</c>: put subjects under monitoring (screeners), read them with their screenings and alerts, stop them.</summary>
public static class MonitoringEndpoints
{
    public static IEndpointRouteBuilder MapMonitoringEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/monitoring").WithTags("Monitoring").RequireAuthorization(CredencePolicies.Read);
        group.MapPost("/", AddAsync).WithName("MonitoringAdd").RequireAuthorization(CredencePolicies.Screen);
        group.MapGet("/", ListAsync).WithName("MonitoringList");
        group.MapGet("/{id:long}", GetAsync).WithName("MonitoringGet");
        group.MapDelete("/{id:long}", StopAsync).WithName("MonitoringStop").RequireAuthorization(CredencePolicies.Screen);
        return app;
    }

    internal static async Task<Results<Created<MonitoringAdded>, ValidationProblem>> AddAsync(
        MonitoringAddRequest body, CredenceDbContext db, TimeProvider time, CorpusProvider corpus, HttpContext context,
        CancellationToken cancellationToken)
    {
        var (request, errors) = MonitoringInput.Parse(body);
        if (request is null) return TypedResults.ValidationProblem(errors);
        var start = await new MonitoringWorkflow(db, time)
            .AddAsync(request, Actors.Name(context.User), await corpus.GetAsync(cancellationToken).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
        var hits = start.Screening.Hits
            .Select(h => new MonitoringHitItem(h.Row.Rank, h.Row.EntityId, h.Row.EntityName, h.Row.Source, h.Row.Score, h.Disposition.ToString(), h.Alert?.Id))
            .ToList();
        return TypedResults.Created(
            $"/api/monitoring/{start.Subject.Id}",
            new MonitoringAdded(MonitoredSubjectItem.From(start.Subject, hits.Count(h => h.Disposition == nameof(HitDisposition.NewAlert)), start.Screening.Record.RunAt),
                start.Screening.Record.Id, hits));
    }

    internal static async Task<Ok<IReadOnlyList<MonitoredSubjectItem>>> ListAsync(
        CredenceDbContext db, CancellationToken cancellationToken, bool? active = null)
    {
        var subjects = await new MonitoringQuery(db).ListAsync(active, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<MonitoredSubjectItem>>(
            [.. subjects.Select(s => MonitoredSubjectItem.From(s.Subject, s.OpenAlerts, s.LastScreenedAt))]);
    }

    internal static async Task<Results<Ok<MonitoredSubjectDetail>, ProblemHttpResult>> GetAsync(
        long id, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var query = new MonitoringQuery(db);
        var subject = await query.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (subject is null) return NotFound(id);
        var screenings = await query.ScreeningsAsync(id, cancellationToken: cancellationToken).ConfigureAwait(false);
        var alerts = await query.AlertsAsync(id, cancellationToken).ConfigureAwait(false);
        var open = alerts.Count(a => a.Status is AlertStatus.Open or AlertStatus.Escalated);
        return TypedResults.Ok(new MonitoredSubjectDetail(
            MonitoredSubjectItem.From(subject, open, screenings.FirstOrDefault(s => s.Id == subject.LastScreeningId)?.RunAt),
            [.. screenings.Select(s => new MonitoringScreeningItem(s.Id, s.RunAt, s.RunBy, s.HitCount, s.AlertCount))],
            [.. alerts.Select(a => new MonitoringAlertItem(a.Id, a.CreatedAt, a.EntityId, a.EntityName, a.Source, a.Score, a.Status.ToString(), a.Cause))]));
    }

    internal static async Task<Results<Ok<MonitoredSubjectItem>, ProblemHttpResult>> StopAsync(
        long id, CredenceDbContext db, TimeProvider time, HttpContext context, CancellationToken cancellationToken)
    {
        var subject = await new MonitoringWorkflow(db, time).StopAsync(id, Actors.Name(context.User), cancellationToken).ConfigureAwait(false);
        return subject is null ? NotFound(id) : TypedResults.Ok(MonitoredSubjectItem.From(subject));
    }

    private static ProblemHttpResult NotFound(long id) =>
        ApiProblems.NotFound("Unknown monitored subject", $"There is no monitored subject {id}.");
}
