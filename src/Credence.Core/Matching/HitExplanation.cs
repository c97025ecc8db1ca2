namespace Credence.Core.Matching;

/// <summary>
/// Why an entity scored what it scored: which query name met which list name, token by token, and what each qualifier
/// (date of birth, country, identifier, schema) added or removed. <see cref="Score"/> = clamp(<see cref="NameScore"/> + sum of qualifier deltas).
/// </summary>
/// <param name="QueryName">The query name as given.</param>
/// <param name="MatchedName">The list name that matched best, as published.</param>
/// <param name="NameScore">The name similarity in [0,1] before qualifiers.</param>
/// <param name="Tokens">The token alignment: each query token with the list token it met.</param>
/// <param name="Qualifiers">Each qualifier's effect on the score.</param>
/// <param name="Score">The final score in [0,1].</param>
/// <param name="Summary">One readable sentence.</param>
public sealed record HitExplanation(
    string QueryName,
    string MatchedName,
    double NameScore,
    IReadOnlyList<TokenAlignment> Tokens,
    IReadOnlyList<QualifierEffect> Qualifiers,
    double Score,
    string Summary);
