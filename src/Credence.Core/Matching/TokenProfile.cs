using System.Numerics;
using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// What is worked out once per token so that most pairs of unlike tokens can be ruled out without comparing them
/// (<see cref="TokenSimilarity.CannotPair"/>): the set of characters the token has, and whether a rule other than spelling
/// could make it similar to a token spelled unlike it.
/// </summary>
/// <param name="Letters">One bit per character: a to z, 0 to 9, and one bit shared by every other character.</param>
/// <param name="Length">The token's length in characters.</param>
/// <param name="ByRule">
/// An initial, number or legal form, a token without vowels or a romanised Chinese word: each compares by a rule of its own.
/// </param>
/// <param name="Known">The token has other spellings or short forms in <see cref="NameEquivalents"/>.</param>
/// <param name="EndsInS">The token ends in "s", as Latvian and Lithuanian name endings do.</param>
internal readonly record struct TokenProfile(ulong Letters, int Length, bool ByRule, bool Known, bool EndsInS)
{
    private const int OtherBit = 63;

    public static TokenProfile Of(NameToken token)
    {
        var text = token.Text;
        ulong letters = 0;
        foreach (var c in text) letters |= 1UL << BitOf(c);
        var byRule = token.Kind is TokenKind.Initial or TokenKind.Number or TokenKind.LegalForm
            || token.Unvocalized || token.SinoKey is not null;
        return new TokenProfile(letters, text.Length, byRule, NameEquivalents.HasOthers(text), text.Length > 0 && text[^1] == 's');
    }

    /// <summary>
    /// A lower bound of the edit distance between two tokens with these profiles: each edit adds or removes at most one
    /// distinct character on each side, so the distance is at least the number of distinct characters one token has and the
    /// other lacks. (Two characters sharing the "other" bit only weaken the bound.)
    /// </summary>
    public static int DistanceAtLeast(TokenProfile a, TokenProfile b) =>
        Math.Max(BitOperations.PopCount(a.Letters & ~b.Letters), BitOperations.PopCount(b.Letters & ~a.Letters));

    private static int BitOf(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        _ => OtherBit,
    };
}
