namespace Credence.Web.Screening;

/// <summary>yente's match response: one answer per query key, the scoring features described, and the limit applied.</summary>
public sealed record YenteMatchResponse(
    Dictionary<string, YenteMatches> Responses, Dictionary<string, YenteFeatureDoc> Matcher, int Limit);
