using Credence.Core.Matching;

namespace Credence.Web.Screening;

/// <summary>The outcome of <see cref="ScreeningInputs.Check"/>: a query ready to screen, or the problems by field name.</summary>
/// <param name="Query">The query; null when there are errors.</param>
/// <param name="Errors">Messages by camelCase field name ("name", "birthDate", ...); empty when valid.</param>
public sealed record ScreeningInputCheck(ScreeningQuery? Query, IDictionary<string, string[]> Errors)
{
    public bool IsValid => Query is not null;

    /// <summary>All messages in one line, for a batch row error.</summary>
    public string Message => string.Join("; ", Errors.Values.SelectMany(m => m));
}
