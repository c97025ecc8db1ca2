using Credence.Core.Matching;

namespace Credence.Web.Screening;

/// <summary>The subject of a stored screening as it was screened (after validation: country as an ISO code).</summary>
public sealed record QueryView(
    string Name, string? Schema, string? BirthDate, string? Country, IReadOnlyList<string> Identifiers, string? Reference)
{
    public static QueryView From(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new QueryView(
            query.Name, query.Schema?.ToString(), query.BirthDate?.ToString(), query.Country, query.Identifiers, query.Reference);
    }
}
