using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Endpoints;

/// <summary>
/// ProblemDetails answers for expected failures. <c>TypedResults.Problem</c> (not <c>NotFound(new ProblemDetails ...)</c>)
/// is used so the content type is <c>application/problem+json</c>, as RFC 9457 asks and clients check.
/// </summary>
public static class ApiProblems
{
    /// <summary>404 with a title and a sentence naming what was not found.</summary>
    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    /// <summary>404 titled "Not found", with a sentence naming what is missing.</summary>
    public static ProblemHttpResult NotFound(string detail) => NotFound("Not found", detail);

    /// <summary>404 for an unknown id: "There is no <paramref name="what"/> with id <paramref name="id"/>."</summary>
    public static ProblemHttpResult NotFound(string what, long id) => NotFound($"There is no {what} with id {id}.");

    /// <summary>403 with a sentence saying why.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    /// <summary>409 for a request the current state refuses, with a sentence saying why.</summary>
    public static ProblemHttpResult Conflict(string detail, string title = "Refused") =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    /// <summary>400 for a request that is wrong as a whole (a field-level error is a ValidationProblem instead).</summary>
    public static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);
}
