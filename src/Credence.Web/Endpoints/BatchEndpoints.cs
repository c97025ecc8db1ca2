using System.Security.Claims;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Screening;
using Credence.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Endpoints;

/// <summary>
/// <c>/api/screenings/batch</c>: submit a CSV upload or a JSON array as a background job, follow its progress and download
/// its results as CSV or JSON.
/// </summary>
public static class BatchEndpoints
{
    /// <summary>Jobs listed by <c>GET /api/screenings/batch</c>: the 100 most recent.</summary>
    public const int ListedJobs = 100;

    public static IEndpointRouteBuilder MapBatchEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/screenings/batch").WithTags("Batch").RequireAuthorization(CredencePolicies.Read);
        // API clients send a key and have no anti-forgery token. A browser's session cookie is SameSite=Strict, so another
        // site cannot make a signed-in browser post here: cross-site requests arrive without the cookie and get 401.
        group.MapPost("", SubmitAsync).RequireAuthorization(CredencePolicies.Screen).DisableAntiforgery().WithName("SubmitBatch");
        group.MapGet("", ListAsync).WithName("ListBatches");
        group.MapGet("{id:long}", GetAsync).WithName("GetBatch");
        group.MapGet("{id:long}/results.csv", ResultsCsvAsync).WithName("BatchResultsCsv");
        group.MapGet("{id:long}/results.json", ResultsJsonAsync).WithName("BatchResultsJson");
        return app;
    }

    /// <summary>
    /// Queues a batch: multipart/form-data with the CSV in a field named "file", or a JSON array of subjects as the body.
    /// Query parameters threshold and limit apply to rows that do not set their own.
    /// </summary>
    internal static async Task<Results<Accepted<BatchJobView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest request,
        ClaimsPrincipal user,
        BatchSubmission submission,
        CancellationToken cancellationToken,
        double? threshold = null,
        int? limit = null)
    {
        if (threshold is { } t && (double.IsNaN(t) || t < 0 || t > 1))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["threshold"] = ["The threshold must be between 0 and 1."] });
        if (limit is < 1 or > ScreeningInputs.MaxLimit)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"The limit must be between 1 and {ScreeningInputs.MaxLimit}."] });
        if (request.ContentLength > submission.MaxBytes) return Problem(submission.TooLarge());

        var options = new BatchJobOptions(threshold, limit);
        var actor = Actors.Name(user);
        BatchSubmissionResult result;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                // The form reader refuses a body over the multipart limit, which is the upload limit.
                return Problem(submission.TooLarge());
            }
            var file = form.Files.GetFile("file");
            if (file is null)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the CSV in a form field named 'file'."] });
            if (file.Length > submission.MaxBytes) return Problem(submission.TooLarge());
            var content = file.OpenReadStream();
            await using (content.ConfigureAwait(false))
            {
                result = await submission.SubmitCsvAsync(content, file.FileName, actor, options, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (request.HasJsonContentType())
        {
            result = await submission.SubmitJsonAsync(request.Body, actor, options, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported input",
                detail: "Send a CSV as multipart/form-data in a field named 'file', or a JSON array of subjects as application/json.");
        }

        if (result.Job is null) return Problem(result);
        var view = BatchJobView.From(result.Job, []);
        return TypedResults.Accepted($"/api/screenings/batch/{view.Id}", view);
    }

    /// <summary>The most recent batch jobs, newest first.</summary>
    internal static async Task<Ok<IReadOnlyList<BatchJobView>>> ListAsync(BatchSubmission submission, CancellationToken cancellationToken) =>
        TypedResults.Ok(await submission.ListAsync(ListedJobs, cancellationToken).ConfigureAwait(false));

    /// <summary>A job's status and progress, with its first row errors.</summary>
    internal static async Task<Results<Ok<BatchJobView>, ProblemHttpResult>> GetAsync(
        long id, BatchSubmission submission, CancellationToken cancellationToken)
    {
        var view = await submission.LoadAsync(id, cancellationToken).ConfigureAwait(false);
        return view is null ? ApiProblems.NotFound("batch job", id) : TypedResults.Ok(view);
    }

    /// <summary>The rows stored so far, in input order, as formula-safe CSV.</summary>
    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ResultsCsvAsync(
        long id, CredenceDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        if (await db.BatchJobs.FindAsync([id], cancellationToken).ConfigureAwait(false) is null)
            return ApiProblems.NotFound("batch job", id);
        return TypedResults.Stream(
            output => BatchResults.WriteCsvAsync(BatchResults.ReadAsync(db, id, context.RequestAborted), output, context.RequestAborted),
            "text/csv; charset=utf-8",
            $"batch-{id}-results.csv");
    }

    /// <summary>The rows stored so far, in input order, as JSON.</summary>
    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ResultsJsonAsync(
        long id, CredenceDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var job = await db.BatchJobs.FindAsync([id], cancellationToken).ConfigureAwait(false);
        if (job is null) return ApiProblems.NotFound("batch job", id);
        var document = new BatchResultsDocument(
            job.Id, JsonNamingPolicy.CamelCase.ConvertName(job.Status.ToString()), job.TotalRows, job.ProcessedRows,
            BatchResults.ReadAsync(db, id, context.RequestAborted));
        return TypedResults.Stream(
            output => JsonSerializer.SerializeAsync(output, document, BatchInputReader.JsonOptions, context.RequestAborted),
            "application/json; charset=utf-8",
            $"batch-{id}-results.json");
    }

    private static ProblemHttpResult Problem(BatchSubmissionResult result) =>
        TypedResults.Problem(statusCode: result.StatusCode, title: result.Title, detail: result.Detail);
}
