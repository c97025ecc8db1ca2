namespace Credence.Core.Matching;

/// <summary>Identifies the matching algorithm in every stored screening, so an old result can be explained later.</summary>
public static class AlgorithmInfo
{
    /// <summary>
    /// Bumped whenever normalisation, scoring or weights change in a way that moves scores. 2: contradicting name parts cap
    /// the score, Han and Hangul syllables compare exactly with each other, father and son swapped x0.6, three-token joins,
    /// Baltic name endings, legal forms with a slip or cut short.
    /// </summary>
    public const string Version = "credence-match/2";
}
