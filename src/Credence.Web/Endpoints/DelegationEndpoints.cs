using System.Security.Claims;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Web.Credentials;
using Credence.Web.Hosting;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/credentials/delegations</c>: submission, amendment and credential letters by the secretariat (admin) or the
/// member's own focal point (anyone else, the committee included, gets 403); reading by the roles that see every
/// delegation, or a focal point for their own member; screening on demand by the secretariat. Every stored submission or
/// amendment is screened at once.
/// </summary>
public static class DelegationEndpoints
{
    public static IEndpointRouteBuilder MapDelegationEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/credentials/delegations").WithTags("Credentials").RequireAuthorization(CredencePolicies.Read);
        group.MapPost("", SubmitAsync).WithName("SubmitDelegation").RequireAuthorization(CredencePolicies.Submit)
            .WithSummary("Submit a delegation (secretariat, or the member's focal point): sessionId, memberId, authorityId, persons. Screened at once; late submissions are flagged; a second authority opens a dispute.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetDelegation").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPost("/{id:long}/amend", AmendAsync).WithName("AmendDelegation").RequireAuthorization(CredencePolicies.Submit)
            .WithSummary("Amend a delegation: the new persons and a reason. 409 while a decision locks it.");
        group.MapPost("/{id:long}/letter", UploadLetterAsync).WithName("UploadCredentialLetter").RequireAuthorization(CredencePolicies.Submit)
            .DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload the credential letter (multipart: file, issuingAuthority, signatory, office, issuedOn); stored with its SHA-256 as a new version.");
        group.MapPost("/{id:long}/screen", ScreenAsync).WithName("ScreenDelegation").RequireAuthorization(CredencePolicies.Admin)
            .WithSummary("Screen the delegation's current persons again now (secretariat).");
        return app;
    }

    internal static async Task<Results<JsonHttpResult<DelegationView>, ProblemHttpResult, ValidationProblem>> SubmitAsync(
        DelegationRequest request, DelegationIntake intake, DelegationWorkflow delegations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var actor = CredentialsAccess.Actor(user);
        if (!await delegations.MayActForAsync(actor, request.MemberId, cancellationToken).ConfigureAwait(false))
            return ApiProblems.Forbidden($"{actor.Name} may not submit for member {request.MemberId}: only the secretariat or the member's focal point may.");
        var input = new CredentialsInput();
        var persons = input.Persons(request.Persons);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        var result = await intake.SubmitAsync(
            new DelegationSubmission(request.SessionId, request.MemberId, request.AuthorityId, persons, null), actor, cancellationToken).ConfigureAwait(false);
        return CredentialsResults.From(result, DelegationView.From, created: true);
    }

    internal static async Task<Results<JsonHttpResult<DelegationView>, ProblemHttpResult>> GetAsync(
        long id, DelegationIntake intake, DelegationWorkflow delegations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var delegation = await intake.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (delegation is null) return ApiProblems.NotFound($"There is no delegation {id}.");
        if (!await CredentialsAccess.MayReadMemberAsync(user, delegation.Delegation.MemberId, delegations, cancellationToken).ConfigureAwait(false))
            return ApiProblems.Forbidden("A focal point sees only their own member's delegation.");
        return CredentialsResults.Json(DelegationView.From(delegation));
    }

    internal static async Task<Results<JsonHttpResult<DelegationView>, ProblemHttpResult, ValidationProblem>> AmendAsync(
        long id, AmendRequest request, DelegationIntake intake, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var input = new CredentialsInput();
        var persons = input.Persons(request.Persons);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        var result = await intake.AmendAsync(id, persons, null, request.Reason ?? "", CredentialsAccess.Actor(user), cancellationToken).ConfigureAwait(false);
        return CredentialsResults.From(result, DelegationView.From);
    }

    internal static async Task<Results<JsonHttpResult<DelegationView>, ProblemHttpResult, ValidationProblem>> UploadLetterAsync(
        long id, HttpRequest request, DelegationIntake intake, IOptions<CredenceServerOptions> options, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var max = options.Value.MaxUploadBytes;
        if (request.ContentLength > max) return TooLarge(max);
        if (!request.HasFormContentType) return CredentialsResults.Validation("file", "Send multipart/form-data with the letter as 'file'.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            // The form reader stops at the configured multipart limit.
            return TooLarge(max);
        }
        var file = form.Files.GetFile("file");
        var input = new CredentialsInput();
        var office = input.Enum<SignatoryOffice>("office", form["office"]);
        var issued = input.Date("issuedOn", form["issuedOn"]);
        if (file is null || file.Length == 0) input.Fail("file", "Attach the credential letter as 'file'.");
        else if (file.Length > max) return TooLarge(max);
        if (!input.IsValid) return CredentialsResults.Validation(input.Errors);
        var current = await intake.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null) return ApiProblems.NotFound($"There is no delegation {id}.");
        var letter = await LetterAsync(file!, form["issuingAuthority"], form["signatory"], office, issued, cancellationToken).ConfigureAwait(false);
        var result = await intake.AmendAsync(id, DelegationIntake.AsInputs(current.Persons), letter, "Credential letter uploaded",
            CredentialsAccess.Actor(user), cancellationToken).ConfigureAwait(false);
        return CredentialsResults.From(result, DelegationView.From);
    }

    internal static async Task<Results<JsonHttpResult<List<ScreeningRunView>>, ProblemHttpResult, ValidationProblem>> ScreenAsync(
        long id, DelegationIntake intake, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        CredentialsResults.From(await intake.ScreenAsync(id, Actors.Name(user), cancellationToken).ConfigureAwait(false),
            screened => screened.Select(ScreeningRunView.From).ToList());

    /// <summary>Reads an uploaded letter into the store's input (the store computes the SHA-256 of the bytes).</summary>
    public static async Task<LetterInput> LetterAsync(
        IFormFile file, string? issuingAuthority, string? signatory, SignatoryOffice office, DateOnly issuedOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return new LetterInput(issuingAuthority?.Trim() ?? "", signatory?.Trim() ?? "", office, issuedOn, Path.GetFileName(file.FileName), buffer.ToArray());
    }

    private static ProblemHttpResult TooLarge(long max) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large", detail: $"The upload is limited to {max} bytes.");
}
