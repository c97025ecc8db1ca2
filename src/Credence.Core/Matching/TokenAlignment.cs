namespace Credence.Core.Matching;

/// <summary>One aligned pair of name tokens (after normalisation).</summary>
/// <param name="QueryToken">The query token, or null when a list token had no partner.</param>
/// <param name="ListToken">The list token it met, or null when it had no partner.</param>
/// <param name="Similarity">Similarity of the two tokens in [0,1]: 1 is identical, 0 no partner.</param>
/// <param name="Weight">How much this pair counts in the name score (rare tokens weigh more), in (0,1].</param>
/// <param name="How">"exact", "fuzzy", "phonetic", "initial", "joined" (two tokens written as one), "unmatched".</param>
public sealed record TokenAlignment(string? QueryToken, string? ListToken, double Similarity, double Weight, string How);
