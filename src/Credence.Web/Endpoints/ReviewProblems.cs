using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Endpoints;

/// <summary>The ProblemDetails answers (application/problem+json) of the review, audit and admin endpoints.</summary>
internal static class ReviewProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Refused", detail: detail);
}
