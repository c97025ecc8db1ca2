namespace Credence.Core.Matching;

/// <summary>The similarity of two names with the token alignment that produced it.</summary>
/// <param name="Score">In [0,1].</param>
/// <param name="Tokens">The aligned token pairs.</param>
public sealed record NameComparison(double Score, IReadOnlyList<TokenAlignment> Tokens);
