namespace Credence.Web.Screening;

/// <summary>One row of a batch's results, in input order.</summary>
/// <param name="Row">1 = first data row.</param>
/// <param name="Reference">The caller's reference, if the row had one.</param>
/// <param name="Name">The name screened; null for a row that could not be read.</param>
/// <param name="Status">hit, clear or error.</param>
/// <param name="TopScore">The best hit's score, if any.</param>
/// <param name="ScreeningId">The stored screening, for a screened row.</param>
/// <param name="Hits">The hits, best first.</param>
/// <param name="Error">Why the row was not screened.</param>
public sealed record BatchResultRow(
    int Row, string? Reference, string? Name, string Status, double? TopScore, long? ScreeningId, IReadOnlyList<BatchResultHit> Hits, string? Error);
