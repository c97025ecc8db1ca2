namespace Credence.Core.Matching;

/// <summary>What one qualifier did to a score.</summary>
/// <param name="Qualifier">"dob", "country", "identifier", "schema", "name-quality".</param>
/// <param name="Outcome">"match", "mismatch", "partial", "not-compared".</param>
/// <param name="Delta">Added to the name score; negative lowers it.</param>
/// <param name="Detail">What was compared with what, e.g. "query 1956-07-03 vs list 1956-07-03".</param>
public sealed record QualifierEffect(string Qualifier, string Outcome, double Delta, string Detail);
