using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// A token written as the initials of several tokens of another organisation's name: "IRGC" for "Islamic Revolutionary
/// Guard Corps", "OPEC" for "Organization of the Petroleum Exporting Countries". Words give their initials; function words,
/// particles and legal forms give none and may be skipped. Two letters are too few: they are as often a syllable of a name
/// ("Il", "Vs").
/// People's names are not matched by acronym: a short given name ("Kim", "Min") would stand for any three names.
/// </summary>
internal static class Acronyms
{
    /// <summary>
    /// Similarity of an acronym of four letters or more and the tokens it stands for: close, not equal, since an acronym drops
    /// most of the letters.
    /// </summary>
    public const double LongSimilarity = 0.9;

    /// <summary>
    /// Similarity of a three-letter acronym and the tokens it stands for: weak, so it needs other tokens to make a hit. Three
    /// initials fit thousands of names: "DAS" spells "Dmitry Alexandrovich Skoropupov" as well as an agency.
    /// </summary>
    public const double ShortSimilarity = 0.75;

    /// <summary>The similarity of <paramref name="acronym"/> and the words it stands for.</summary>
    public static double Similarity(string acronym) => acronym.Length >= 4 ? LongSimilarity : ShortSimilarity;

    /// <summary>The shortest acronym looked for.</summary>
    public const int MinLength = 3;

    /// <summary>The longest acronym looked for.</summary>
    public const int MaxLength = 8;

    /// <summary>Whether <paramref name="token"/> could be an acronym: a word of <see cref="MinLength"/> to <see cref="MaxLength"/> letters.</summary>
    public static bool CanBe(NameToken token)
    {
        if (token.Kind != TokenKind.Word || token.Text.Length is < MinLength or > MaxLength) return false;
        foreach (var c in token.Text)
        {
            if (!char.IsAsciiLetter(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// The end (exclusive) of the run of unpaired tokens from <paramref name="start"/> whose initials spell
    /// <paramref name="acronym"/>, or -1 when there is none. A token is unpaired where <paramref name="pairs"/> is negative.
    /// </summary>
    public static int RunEnd(IReadOnlyList<NameToken> tokens, int start, string acronym, ReadOnlySpan<int> pairs)
    {
        var letter = 0;
        var k = start;
        while (k < tokens.Count && letter < acronym.Length)
        {
            if (pairs[k] >= 0) return -1;
            var token = tokens[k];
            if (GivesLetter(token) && token.Text[0] == acronym[letter])
            {
                letter++;
            }
            else if (k == start || !Skippable(token))
            {
                return -1;
            }
            k++;
        }
        return letter == acronym.Length ? k : -1;
    }

    /// <summary>
    /// Whether a token gives its initial to an acronym: a word, or a generic word of four letters or more ("national",
    /// "bank") unless <paramref name="genericLetters"/> is false. Function words ("the", "of") and legal forms do not: "TESA"
    /// is not "The Elton Show AS".
    /// </summary>
    public static bool GivesLetter(NameToken token, bool genericLetters = true) =>
        token.Kind == TokenKind.Word || (genericLetters && token.Kind == TokenKind.Generic && token.Text.Length > 3);

    /// <summary>Whether a token ends a run of initials: a number or an initial.</summary>
    public static bool EndsRun(NameToken token) => token.Kind is TokenKind.Number or TokenKind.Initial;

    /// <summary>
    /// The initials of the run from <paramref name="start"/> up to the first token that <see cref="EndsRun"/>, at most
    /// <see cref="MaxLength"/>: each letter goes into <paramref name="initials"/> and the index of the token that gave it into
    /// <paramref name="from"/>. Tokens that give no letter are passed over. Returns the number of letters.
    /// </summary>
    public static int Initials(IReadOnlyList<NameToken> tokens, int start, bool genericLetters, Span<char> initials, Span<int> from)
    {
        var length = 0;
        for (var i = start; i < tokens.Count && length < MaxLength && !EndsRun(tokens[i]); i++)
        {
            if (!GivesLetter(tokens[i], genericLetters)) continue;
            initials[length] = tokens[i].Text[0];
            from[length++] = i;
        }
        return length;
    }

    /// <summary>Whether a token may stand in a run without giving a letter: function and generic words, particles, legal forms.</summary>
    public static bool Skippable(NameToken token) => token.Kind is TokenKind.Generic or TokenKind.Particle or TokenKind.LegalForm;

    /// <summary>The tokens of a run written out: "peoples liberation army".</summary>
    public static string Spelled(IReadOnlyList<NameToken> tokens, int start, int end)
    {
        var words = new string[end - start];
        for (var k = start; k < end; k++) words[k - start] = tokens[k].Text;
        return string.Join(' ', words);
    }
}
