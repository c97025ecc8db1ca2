using System.Globalization;
using Credence.Lists.Letters;
using Credence.Store.Credentials;
using Credence.Web.Challenges;
using Credence.Web.Hosting;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/challenges</c>: civil-society challenges. Import a sign-on letter as plain text (or only parse it with
/// <c>dryRun=true</c>) and file a challenge by hand (admin or committee); list and read them (any role).
/// </summary>
public static class ChallengeEndpoints
{
    /// <summary>Headers that may carry the import's target instead of the query string.</summary>
    public const string SessionHeader = "X-Challenge-Session", TargetHeader = "X-Challenge-Target", TargetIdHeader = "X-Challenge-Target-Id", MemberHeader = "X-Challenge-Member";

    public static IEndpointRouteBuilder MapChallengeEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/challenges").WithTags("Challenges").RequireAuthorization(CredencePolicies.Read);
        group.MapPost("/import", ImportAsync).WithName("ImportChallenge").RequireAuthorization(CredencePolicies.Committee)
            .Accepts<string>("text/plain")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary("Parse a sign-on letter (text/plain) and file it as a challenge: sessionId, target (delegation, authority, person), targetId, "
                + "memberId and anonymous in the query or X-Challenge-* headers; dryRun=true only parses. Admin or committee.");
        group.MapGet("", ListAsync).WithName("ListChallenges")
            .WithSummary("Challenges, newest first; filter by sessionId and memberId.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetChallenge").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One challenge with its numbered, alphabetised endorsing organisations (anonymous ones counted), contacts, near-duplicates and problems.");
        group.MapPost("", CreateAsync).WithName("CreateChallenge").RequireAuthorization(CredencePolicies.Committee)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("File a challenge by hand. Admin or committee.");
        return app;
    }

    internal static async Task<Results<Ok<ChallengeImportResult>, Created<ChallengeImportResult>, ProblemHttpResult, ValidationProblem>> ImportAsync(
        HttpRequest request,
        ChallengeWorkflow workflow,
        IOptions<CredenceServerOptions> options,
        CancellationToken cancellationToken,
        long? sessionId = null,
        string? target = null,
        long? targetId = null,
        long? memberId = null,
        int anonymous = 0,
        bool dryRun = false)
    {
        var limit = Math.Min(options.Value.MaxUploadBytes, LetterParser.MaxInputLength);
        if (request.ContentLength > limit) return TooLarge(limit);
        if (request.ContentType is { } type && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send plain text",
                detail: "The letter goes in the body as text/plain (UTF-8, or UTF-16 with a byte-order mark).");
        using var body = new MemoryStream();
        if (!await CopyLimitedAsync(request.Body, body, limit, cancellationToken).ConfigureAwait(false)) return TooLarge(limit);
        body.Position = 0;
        var letter = LetterParser.Parse(body);
        if (letter.ParsedCount == 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a sign-on letter",
                detail: "No signatory list was found. " + string.Join(" ", letter.Problems),
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["problems"] = letter.Problems });
        }
        if (dryRun) return TypedResults.Ok(ChallengeImportResult.From(letter, null));

        var (targetRef, errors) = ChallengeTargetInput.Read(
            sessionId ?? Header(request, SessionHeader), target ?? request.Headers[TargetHeader].FirstOrDefault(),
            targetId ?? Header(request, TargetIdHeader), memberId ?? Header(request, MemberHeader));
        if (anonymous < 0) errors["anonymous"] = ["Cannot be negative."];
        if (targetRef is null || errors.Count > 0) return TypedResults.ValidationProblem(errors);
        body.Position = 0;
        using var reader = new StreamReader(body, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var result = await workflow.ImportAsync(letter, targetRef, text, anonymous, Actors.Name(request.HttpContext.User), cancellationToken).ConfigureAwait(false);
        if (result.Status == CredentialsStatus.Invalid) return TypedResults.ValidationProblem(ChallengeTargetInput.Errors(result.Errors));
        if (!result.Succeeded) return Refusal(result);
        var id = result.Value!.Challenge.Id;
        return TypedResults.Created($"/api/challenges/{id}", ChallengeImportResult.From(letter, id));
    }

    internal static async Task<Ok<IReadOnlyList<ChallengeListItem>>> ListAsync(
        ChallengeQuery query, CancellationToken cancellationToken, long? sessionId = null, long? memberId = null) =>
        TypedResults.Ok(await query.ListAsync(sessionId, memberId, cancellationToken).ConfigureAwait(false));

    internal static async Task<Results<Ok<ChallengeDetail>, ProblemHttpResult>> GetAsync(long id, ChallengeQuery query, CancellationToken cancellationToken)
    {
        var detail = await query.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return detail is null ? ApiProblems.NotFound("Unknown challenge", $"There is no challenge {id}.") : TypedResults.Ok(detail);
    }

    internal static async Task<Results<Created<ChallengeDetail>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        ChallengeCreateRequest body, ChallengeWorkflow workflow, ChallengeQuery query, HttpContext context, CancellationToken cancellationToken)
    {
        var (targetRef, errors) = ChallengeTargetInput.Read(body.SessionId, body.Target, body.TargetId, body.MemberId);
        if (targetRef is null) return TypedResults.ValidationProblem(errors);
        var input = new ChallengeInput(targetRef, body.Title ?? "")
        {
            Date = body.Date,
            Addressees = body.Addressees ?? [],
            Text = body.Text,
            Demands = body.Demands ?? [],
            Contacts = [.. (body.Contacts ?? []).Select(c => new LetterContact(c.Name ?? "", c.Organisation, c.Email))],
            Endorsers = body.Endorsers ?? [],
            AnonymousEndorsements = body.AnonymousEndorsements,
        };
        var result = await workflow.CreateAsync(input, Actors.Name(context.User), cancellationToken).ConfigureAwait(false);
        if (result.Status == CredentialsStatus.Invalid) return TypedResults.ValidationProblem(ChallengeTargetInput.Errors(result.Errors));
        if (!result.Succeeded) return Refusal(result);
        var id = result.Value!.Challenge.Id;
        return TypedResults.Created($"/api/challenges/{id}", await query.GetAsync(id, cancellationToken).ConfigureAwait(false));
    }

    private static long? Header(HttpRequest request, string name) =>
        long.TryParse(request.Headers[name].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Letter too large",
            detail: string.Create(CultureInfo.InvariantCulture, $"Letters are limited to {limit:N0} bytes."));

    private static async Task<bool> CopyLimitedAsync(Stream source, Stream target, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > limit) return false;
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>A refusal other than invalid input: an unknown target is 404, anything else (e.g. a closed session) 409.</summary>
    internal static ProblemHttpResult Refusal<T>(CredentialsResult<T> result) =>
        result.Status == CredentialsStatus.NotFound
            ? ApiProblems.NotFound("Unknown target", string.Join(" ", result.Errors.Select(e => e.Message)))
            : ApiProblems.Conflict(string.Join(" ", result.Errors.Select(e => e.Message)));
}
