using System.Security.Claims;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Credence.Web.Credentials;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/credentials</c>: the secretariat's configuration (sessions, rule sets, members, authorities, claims, recognition,
/// focal points). Reading needs any role; every change is the secretariat's (admin). Delegations are in
/// <see cref="DelegationEndpoints"/>, the committee's work in <see cref="CommitteeEndpoints"/>.
/// </summary>
public static class CredentialsEndpoints
{
    public static IEndpointRouteBuilder MapCredentialsEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/credentials").WithTags("Credentials").RequireAuthorization(CredencePolicies.Read);
        group.MapGet("/sessions", ListSessionsAsync).WithName("ListAssemblySessions").WithSummary("Assembly sessions, newest first.");
        group.MapGet("/sessions/{id:long}", GetSessionAsync).WithName("GetAssemblySession").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/sessions", CreateSessionAsync).WithName("CreateAssemblySession").RequireAuthorization(CredencePolicies.Admin)
            .WithSummary("Create a session (secretariat): number, name, place, startsOn, endsOn, credentialsDeadline, ruleSetId.");
        group.MapPost("/sessions/{id:long}/close", CloseSessionAsync).WithName("CloseAssemblySession").RequireAuthorization(CredencePolicies.Admin)
            .WithSummary("Close a session (secretariat): no more submissions, amendments or re-screening.");
        group.MapGet("/rulesets", ListRuleSetsAsync).WithName("ListRuleSets");
        group.MapPost("/rulesets", LoadRuleSetAsync).WithName("LoadRuleSet").RequireAuthorization(CredencePolicies.Admin).Accepts<string>("application/json")
            .WithSummary("Load a rule set (secretariat): the JSON file as the body. The same text again returns the stored one; another text under a stored id is 409.");
        group.MapGet("/members", ListMembersAsync).WithName("ListMembers");
        group.MapPost("/members", AddMemberAsync).WithName("AddMember").RequireAuthorization(CredencePolicies.Admin);
        group.MapGet("/authorities", ListAuthoritiesAsync).WithName("ListAuthorities");
        group.MapPost("/authorities", AddAuthorityAsync).WithName("AddAuthority").RequireAuthorization(CredencePolicies.Admin);
        group.MapGet("/members/{id:long}/claims", ListClaimsAsync).WithName("ListClaims").WithSummary("The authorities' claims on a member, with their recognition.");
        group.MapPost("/members/{id:long}/claims", AddClaimAsync).WithName("AddClaim").RequireAuthorization(CredencePolicies.Admin);
        group.MapPost("/claims/{id:long}/recognitions", RecordRecognitionAsync).WithName("RecordRecognition").RequireAuthorization(CredencePolicies.Admin)
            .WithSummary("Record the organisation's recognition decision on a claim (Recognised, NotRecognised, Deferred).");
        group.MapPost("/focal-points", AssignFocalPointAsync).WithName("AssignFocalPoint").RequireAuthorization(CredencePolicies.Admin)
            .WithSummary("Make a user the focal point of a member: they may then submit and see that member's delegation only.");
        app.MapDelegationEndpoints();
        app.MapCommitteeEndpoints();
        return app;
    }

    internal static async Task<JsonHttpResult<List<AssemblySession>>> ListSessionsAsync(CredenceDbContext db, CancellationToken cancellationToken) =>
        CredentialsResults.Json(await db.AssemblySessions.AsNoTracking().OrderByDescending(s => s.Number).ToListAsync(cancellationToken));

    internal static async Task<Results<JsonHttpResult<AssemblySession>, ProblemHttpResult>> GetSessionAsync(
        long id, CredenceDbContext db, CancellationToken cancellationToken)
    {
        var session = await db.AssemblySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? ApiProblems.NotFound($"There is no session {id}.") : CredentialsResults.Json(session);
    }

    internal static async Task<Results<JsonHttpResult<AssemblySession>, ProblemHttpResult, ValidationProblem>> CreateSessionAsync(
        SessionRequest request, AssemblyAdministration admin, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var starts = input.Date("startsOn", request.StartsOn);
        var ends = input.Date("endsOn", request.EndsOn);
        if (request.CredentialsDeadline is null) input.Fail("credentialsDeadline", "Give the credentials deadline as an ISO 8601 instant.");
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        var result = await admin.CreateSessionAsync(
            new SessionInput(request.Number, request.Name ?? "", request.Place ?? "", starts, ends, request.CredentialsDeadline!.Value, request.RuleSetId),
            Actors.Name(user), cancellationToken);
        return CredentialsResults.From(result, s => s, created: true);
    }

    internal static async Task<Results<JsonHttpResult<AssemblySession>, ProblemHttpResult, ValidationProblem>> CloseSessionAsync(
        long id, CommitteeWorkflow committee, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CredentialsResults.From(await committee.CloseSessionAsync(id, Actors.Name(user), cancellationToken), s => s);

    internal static async Task<JsonHttpResult<List<RuleSet>>> ListRuleSetsAsync(CredenceDbContext db, CancellationToken cancellationToken) =>
        CredentialsResults.Json(await db.RuleSets.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken));

    internal static async Task<Results<JsonHttpResult<RuleSet>, ProblemHttpResult, ValidationProblem>> LoadRuleSetAsync(
        HttpRequest request, AssemblyAdministration admin, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(json)) return CredentialsResults.Validation("json", "Send the rule set's JSON as the body.");
        return CredentialsResults.From(await admin.LoadRuleSetAsync(json, Actors.Name(user), cancellationToken), r => r, created: true);
    }

    internal static async Task<JsonHttpResult<List<Member>>> ListMembersAsync(CredenceDbContext db, CancellationToken cancellationToken) =>
        CredentialsResults.Json(await db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken));

    internal static async Task<Results<JsonHttpResult<Member>, ProblemHttpResult, ValidationProblem>> AddMemberAsync(
        MemberRequest request, AssemblyAdministration admin, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var admitted = input.OptionalDate("admittedOn", request.AdmittedOn);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        var result = await admin.AddMemberAsync(request.CountryCode ?? "", request.Name ?? "", request.MemberBody ?? "", admitted, Actors.Name(user), cancellationToken);
        return CredentialsResults.From(result, m => m, created: true);
    }

    internal static async Task<JsonHttpResult<List<GovernmentAuthority>>> ListAuthoritiesAsync(CredenceDbContext db, CancellationToken cancellationToken) =>
        CredentialsResults.Json(await db.Authorities.AsNoTracking().OrderBy(a => a.CountryCode).ThenBy(a => a.Id).ToListAsync(cancellationToken));

    internal static async Task<Results<JsonHttpResult<GovernmentAuthority>, ProblemHttpResult, ValidationProblem>> AddAuthorityAsync(
        AuthorityRequest request, AssemblyAdministration admin, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CredentialsResults.From(
            await admin.AddAuthorityAsync(request.Name ?? "", request.CountryCode ?? "", request.Description, Actors.Name(user), cancellationToken),
            a => a, created: true);

    internal static async Task<Results<JsonHttpResult<List<ClaimView>>, ProblemHttpResult>> ListClaimsAsync(
        long id, CredenceDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Members.AnyAsync(m => m.Id == id, cancellationToken)) return ApiProblems.NotFound($"There is no member {id}.");
        var claims = await db.AuthorityClaims.AsNoTracking().Where(c => c.MemberId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var ids = claims.Select(c => c.Id).ToList();
        var recognitions = await db.RecognitionDecisions.AsNoTracking().Where(r => ids.Contains(r.ClaimId)).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return CredentialsResults.Json(claims.Select(c => new ClaimView(c, [.. recognitions.Where(r => r.ClaimId == c.Id)])).ToList());
    }

    internal static async Task<Results<JsonHttpResult<AuthorityClaim>, ProblemHttpResult, ValidationProblem>> AddClaimAsync(
        long id, ClaimRequest request, AssemblyAdministration admin, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var from = input.Date("claimedFrom", request.ClaimedFrom);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        return CredentialsResults.From(
            await admin.AddClaimAsync(id, request.AuthorityId, from, request.Basis, Actors.Name(user), cancellationToken), c => c, created: true);
    }

    internal static async Task<Results<JsonHttpResult<RecognitionDecision>, ProblemHttpResult, ValidationProblem>> RecordRecognitionAsync(
        long id, RecognitionRequest request, AssemblyAdministration admin, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var outcome = input.Enum<RecognitionOutcome>("outcome", request.Outcome);
        var day = input.Date("decidedOn", request.DecidedOn);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        var result = await admin.RecordRecognitionAsync(id, outcome, request.Organ ?? "", day, request.Grounds ?? "", request.SessionId, Actors.Name(user), cancellationToken);
        return CredentialsResults.From(result, r => r, created: true);
    }

    internal static async Task<Results<JsonHttpResult<FocalPointAssignment>, ProblemHttpResult, ValidationProblem>> AssignFocalPointAsync(
        FocalPointRequest request, DelegationWorkflow delegations, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CredentialsResults.From(
            await delegations.AssignFocalPointAsync(request.UserName ?? "", request.MemberId, Actors.Name(user), cancellationToken), f => f, created: true);
}
