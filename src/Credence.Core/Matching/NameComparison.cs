namespace Credence.Core.Matching;

/// <summary>The similarity of two names with the token alignment that produced it.</summary>
/// <param name="Score">In [0,1].</param>
/// <param name="Tokens">The aligned token pairs.</param>
/// <param name="Rules">
/// The rules beyond the token alignment that lowered the score, each as a readable sentence: father and son swapped, initials
/// only, a name part the other name contradicts. Empty when none applied.
/// </param>
public sealed record NameComparison(double Score, IReadOnlyList<TokenAlignment> Tokens, IReadOnlyList<string> Rules);
