namespace Credence.Core.Matching;

/// <summary>Identifies the matching algorithm in every stored screening, so an old result can be explained later.</summary>
public static class AlgorithmInfo
{
    /// <summary>Bumped whenever normalisation, scoring or weights change in a way that moves scores.</summary>
    public const string Version = "credence-match/1";
}
