using System.Globalization;
using System.Security.Claims;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Reports;
using Credence.Store.Data;
using Credence.Web.Credentials;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/credentials</c>, the committee's part: dossiers and notices (admin, committee, reviewer, read-only), decisions
/// and unlocking (committee, admin), restrictions (read by anyone, changed by the secretariat), the committee's report
/// (committee, admin, read-only), the public participants list and the badge CSV (secretariat).
/// </summary>
public static class CommitteeEndpoints
{
    public static IEndpointRouteBuilder MapCommitteeEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/credentials").WithTags("Credentials").RequireAuthorization(CredencePolicies.Read);
        group.MapGet("/sessions/{id:long}/members/{memberId:long}/dossier", GetDossierAsync).WithName("GetDossier")
            .RequireAuthorization(CredentialsAccess.Dossier).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Everything the committee examines for one member and session, side by side.");
        group.MapPost("/sessions/{id:long}/members/{memberId:long}/decisions", DecideAsync).WithName("DecideCredentials")
            .RequireAuthorization(CredencePolicies.Committee)
            .WithSummary("Record the committee's decision: outcome, grounds, citedArticles (e.g. constitution/art-7), vote, evidence. Locks the member's delegations.");
        group.MapPost("/delegations/{id:long}/unlock", UnlockAsync).WithName("UnlockDelegation").RequireAuthorization(CredencePolicies.Committee)
            .WithSummary("Unlock a decided delegation for amendment, with a reason; the decision goes under review until a new one.");
        group.MapGet("/sessions/{id:long}/notices", NoticesAsync).WithName("ListCommitteeNotices").RequireAuthorization(CredentialsAccess.Dossier)
            .WithSummary("The session's notices to the committee, oldest first; unsettled=true for those no decision settled yet.");
        group.MapGet("/members/{id:long}/restrictions", RestrictionsAsync).WithName("ListRestrictions");
        group.MapPost("/restrictions", ImposeAsync).WithName("ImposeRestriction").RequireAuthorization(CredencePolicies.Admin);
        group.MapPost("/restrictions/{id:long}/appeal", AppealAsync).WithName("AppealRestriction").RequireAuthorization(CredencePolicies.Admin)
            .WithSummary("Record an appeal (on: yyyy-MM-dd); the restriction stays in force.");
        group.MapPost("/restrictions/{id:long}/lift", LiftAsync).WithName("LiftRestriction").RequireAuthorization(CredencePolicies.Admin);
        group.MapGet("/sessions/{id:long}/report", ReportAsync).WithName("CommitteeReport").RequireAuthorization(CredentialsAccess.Report)
            .Produces<string>(StatusCodes.Status200OK, "text/html").WithSummary("The committee's report for the session as one print-ready HTML page.");
        group.MapGet("/sessions/{id:long}/participants", ParticipantsAsync).WithName("ListParticipants")
            .WithSummary("The public participants list: the persons of each delegation a public decision seats.");
        group.MapGet("/sessions/{id:long}/badges.csv", BadgesAsync).WithName("BadgeList").RequireAuthorization(CredencePolicies.Admin)
            .Produces<string>(StatusCodes.Status200OK, "text/csv").WithSummary("The badge list as CSV (formula-safe).");
        return app;
    }

    internal static async Task<Results<JsonHttpResult<DossierView>, ProblemHttpResult>> GetDossierAsync(
        long id, long memberId, CommitteeWorkflow committee, CancellationToken cancellationToken)
    {
        var dossier = await committee.GetDossierAsync(id, memberId, cancellationToken).ConfigureAwait(false);
        return dossier is null ? ApiProblems.NotFound($"There is no member {memberId} in session {id}.") : CredentialsResults.Json(DossierView.From(dossier));
    }

    internal static async Task<Results<JsonHttpResult<CredentialsDecision>, ProblemHttpResult, ValidationProblem>> DecideAsync(
        long id, long memberId, DecisionRequestBody request, CommitteeWorkflow committee, TimeProvider time, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var decision = input.Decision(id, memberId, request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        return CredentialsResults.From(await committee.RecordDecisionAsync(decision, Actors.Name(user), cancellationToken).ConfigureAwait(false), d => d, created: true);
    }

    internal static async Task<Results<JsonHttpResult<Delegation>, ProblemHttpResult, ValidationProblem>> UnlockAsync(
        long id, UnlockRequest request, CommitteeWorkflow committee, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CredentialsResults.From(await committee.UnlockForAmendmentAsync(id, request.Reason ?? "", Actors.Name(user), cancellationToken).ConfigureAwait(false), d => d);

    internal static async Task<Results<JsonHttpResult<IReadOnlyList<CommitteeNotice>>, ProblemHttpResult>> NoticesAsync(
        long id, bool? unsettled, CommitteeWorkflow committee, CredenceDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.AssemblySessions.AnyAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false)) return ApiProblems.NotFound($"There is no session {id}.");
        return CredentialsResults.Json(await committee.NoticesAsync(id, unsettled ?? false, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<JsonHttpResult<List<Restriction>>, ProblemHttpResult>> RestrictionsAsync(
        long id, CredenceDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Members.AnyAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false)) return ApiProblems.NotFound($"There is no member {id}.");
        return CredentialsResults.Json(await db.Restrictions.AsNoTracking().Where(r => r.MemberId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<JsonHttpResult<Restriction>, ProblemHttpResult, ValidationProblem>> ImposeAsync(
        RestrictionRequest request, RestrictionWorkflow restrictions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var type = input.Enum<RestrictionType>("type", request.Type);
        var starts = input.Date("startsOn", request.StartsOn);
        var ends = input.OptionalDate("endsOn", request.EndsOn);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        var result = await restrictions.ImposeAsync(new RestrictionInput(request.MemberId, type, request.LegalBasis ?? "", starts, ends), Actors.Name(user), cancellationToken)
            .ConfigureAwait(false);
        return CredentialsResults.From(result, r => r, created: true);
    }

    internal static async Task<Results<JsonHttpResult<Restriction>, ProblemHttpResult, ValidationProblem>> AppealAsync(
        long id, RestrictionChange request, RestrictionWorkflow restrictions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var on = input.Date("on", request.On);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        return CredentialsResults.From(await restrictions.RecordAppealAsync(id, on, Actors.Name(user), cancellationToken).ConfigureAwait(false), r => r);
    }

    internal static async Task<Results<JsonHttpResult<Restriction>, ProblemHttpResult, ValidationProblem>> LiftAsync(
        long id, RestrictionChange request, RestrictionWorkflow restrictions, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var on = input.Date("on", request.On);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        return CredentialsResults.From(await restrictions.LiftAsync(id, on, request.Reason ?? "", Actors.Name(user), cancellationToken).ConfigureAwait(false), r => r);
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReportAsync(
        long id, CommitteeReportQuery reports, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(id, cancellationToken).ConfigureAwait(false);
        return report is null ? ApiProblems.NotFound($"There is no session {id}.") : TypedResults.Text(CommitteeReportHtml.Render(report), "text/html; charset=utf-8");
    }

    internal static async Task<Results<JsonHttpResult<IReadOnlyList<Participant>>, ProblemHttpResult>> ParticipantsAsync(
        long id, ParticipantsQuery participants, CredenceDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.AssemblySessions.AnyAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false)) return ApiProblems.NotFound($"There is no session {id}.");
        return CredentialsResults.Json(await participants.ListAsync(id, cancellationToken).ConfigureAwait(false));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> BadgesAsync(
        long id, ParticipantsQuery participants, CredenceDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.AssemblySessions.AnyAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false)) return ApiProblems.NotFound($"There is no session {id}.");
        return TypedResults.Text(await BadgeCsvAsync(id, participants, cancellationToken).ConfigureAwait(false), "text/csv; charset=utf-8");
    }

    /// <summary>The session's badge list as CSV text (every cell through CsvSafe).</summary>
    public static async Task<string> BadgeCsvAsync(long sessionId, ParticipantsQuery participants, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participants);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        BadgeList.WriteCsv(writer, await participants.ListAsync(sessionId, cancellationToken).ConfigureAwait(false));
        return writer.ToString();
    }
}
