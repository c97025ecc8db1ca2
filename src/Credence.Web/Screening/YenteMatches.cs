namespace Credence.Web.Screening;

/// <summary>The answer to one query of a match request.</summary>
/// <param name="Status">200, or 400 for a query that cannot be screened (see <paramref name="Detail"/>).</param>
/// <param name="Results">Scored entities, best first.</param>
/// <param name="Total">How many results.</param>
/// <param name="Query">The query as understood.</param>
/// <param name="Detail">Why the query could not be screened.</param>
public sealed record YenteMatches(int Status, IReadOnlyList<YenteResult> Results, YenteTotal Total, YenteQueryEcho Query, string? Detail = null);
