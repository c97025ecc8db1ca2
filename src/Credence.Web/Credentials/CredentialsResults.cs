using Credence.Store.Credentials;
using Credence.Web.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Credence.Web.Credentials;

/// <summary>
/// Maps a store <see cref="CredentialsResult{T}"/> to an answer: Ok 200 (or 201 for a creation), NotFound 404, Invalid 400
/// (a ValidationProblem naming the fields), Forbidden 403, Locked and Conflict 409; every refusal is a ProblemDetails.
/// </summary>
public static class CredentialsResults
{
    /// <summary>The answer for <paramref name="result"/>, its value shaped by <paramref name="view"/>.</summary>
    public static Results<JsonHttpResult<TView>, ProblemHttpResult, ValidationProblem> From<T, TView>(
        CredentialsResult<T> result, Func<T, TView> view, bool created = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(view);
        if (result.Succeeded) return Json(view(result.Value!), created);
        if (result.Status == CredentialsStatus.Invalid) return Validation(result.Errors);
        return Problem(result.Status, result.Errors);
    }

    /// <summary>A JSON answer in the area's format (enums as names).</summary>
    public static JsonHttpResult<TView> Json<TView>(TView value, bool created = false) =>
        TypedResults.Json(value, CredentialsJson.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);

    /// <summary>400 with each field's messages.</summary>
    public static ValidationProblem Validation(IEnumerable<CredentialsError> errors) =>
        TypedResults.ValidationProblem(errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));

    /// <summary>400 for one field.</summary>
    public static ValidationProblem Validation(string field, string message) => Validation([new CredentialsError(field, message)]);

    /// <summary>The ProblemDetails for a refusal other than Invalid.</summary>
    public static ProblemHttpResult Problem(CredentialsStatus status, IReadOnlyList<CredentialsError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var detail = string.Join(" ", errors.Select(e => e.Message));
        return status switch
        {
            CredentialsStatus.NotFound => ApiProblems.NotFound(detail),
            CredentialsStatus.Forbidden => ApiProblems.Forbidden(detail),
            CredentialsStatus.Locked => ApiProblems.Conflict(detail, "Locked"),
            _ => ApiProblems.Conflict(detail, "Conflict"),
        };
    }
}
