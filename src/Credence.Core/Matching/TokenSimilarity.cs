using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>How alike two normalised tokens are, in [0,1], and how much of a token's weight a similarity earns.</summary>
internal static class TokenSimilarity
{
    /// <summary>Below this similarity two tokens are not paired at all.</summary>
    public const double MinPairSimilarity = 0.55;

    /// <summary>Similarity of two romanisations of the same Chinese syllables (<see cref="ChineseRomanization"/>).</summary>
    public const double ChineseSimilarity = 0.9;

    /// <summary>Similarity of two different legal forms.</summary>
    public const double LegalFormSimilarity = 0.9;

    /// <summary>
    /// Similarity of two tokens: 1 when equal; an initial against a word with that initial 0.9; numbers only equal or 0;
    /// otherwise 1 - (optimal string alignment distance / longer length), raised half-way to 1 when the two sound alike
    /// (same <see cref="PhoneticKey"/>), are at least 60% alike in spelling and longer than five letters (short tokens such as
    /// Chinese syllables "peng" and "ping" sound alike by the key but are different names). Two spellings of one name that spelling
    /// cannot see ("Husayn" and "Hussein", "Ted" and "Theodore") get the similarity <see cref="NameEquivalents"/> gives them, and a
    /// name transliterated without its vowels is compared by consonants (<see cref="ConsonantSkeleton"/>).
    /// </summary>
    public static double Similarity(NameToken a, NameToken b, out string how)
    {
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal))
        {
            how = "exact";
            return 1.0;
        }
        if (a.Syllable && b.Syllable)
        {
            // Two different Han or Hangul characters: a different name, whatever their romanisations have in common.
            how = "other character";
            return 0.0;
        }
        if (a.Kind == TokenKind.LegalForm && b.Kind == TokenKind.LegalForm)
        {
            // Different legal forms of one company ("Ltd" in one list, "Public Company Limited" in another) are close, not equal.
            how = "legal-form";
            return LegalFormSimilarity;
        }
        if (a.Kind == TokenKind.Number || b.Kind == TokenKind.Number)
        {
            how = "unmatched";
            return 0.0;
        }
        if (a.Kind == TokenKind.Initial || b.Kind == TokenKind.Initial)
        {
            var (initial, word) = a.Kind == TokenKind.Initial ? (a, b) : (b, a);
            how = "initial";
            return word.Text.Length > 0 && word.Text[0] == initial.Text[0] ? 0.9 : 0.0;
        }
        var similarity = Spelling(a.Text, a.Phonetic, b.Text, b.Phonetic, out var phonetic);
        how = phonetic ? "phonetic" : "fuzzy";
        if (SharedNameSuffix(a.Text, b.Text) is > 0 and var suffix)
        {
            // "Henriksen" and "Frederiksen" share only the "-sen" that half of Denmark shares: compare what is left.
            var rest = Spelling(a.Text[..^suffix], "", b.Text[..^suffix], "", out _);
            if (rest < similarity)
            {
                how = "other stem";
                similarity = rest;
            }
        }
        if (a.SinoKey is not null && string.Equals(a.SinoKey, b.SinoKey, StringComparison.Ordinal) && similarity < ChineseSimilarity)
        {
            // The same Chinese syllables in Pinyin and Wade-Giles ("xi" and "hsi", "zedong" and "tsetung").
            how = "romanisation";
            similarity = ChineseSimilarity;
        }
        if (similarity < NameEquivalents.VariantSimilarity)
        {
            var stemmed = BalticStemSimilarity(a, b);
            if (stemmed > similarity)
            {
                how = "ending";
                similarity = stemmed;
            }
            var known = NameEquivalents.Similarity(a.Text, b.Text);
            if (known > similarity)
            {
                how = known >= NameEquivalents.VariantSimilarity ? "variant" : "nickname";
                similarity = known;
            }
            var consonants = ConsonantSkeleton.Similarity(a, b);
            if (consonants > similarity)
            {
                how = "consonants";
                similarity = consonants;
            }
        }
        return similarity;
    }

    /// <summary>
    /// True when <see cref="Similarity"/> of two tokens is sure to be below <see cref="MinPairSimilarity"/>, found from their
    /// profiles alone, without touching the tokens: neither has a rule of its own (<see cref="TokenProfile.ByRule"/>),
    /// they are not both known names, neither can be the other with a Baltic ending, and even the fewest edits their lengths
    /// and characters allow leave their spelling below the minimum (which also rules out the sound bonus, given only from 0.6).
    /// Most tokens a query meets in a candidate name are unlike it; this spares comparing them. Every rule that can lift an
    /// unlike spelling in <see cref="Similarity"/> must be excluded here too.
    /// </summary>
    public static bool CannotPair(TokenProfile pa, TokenProfile pb)
    {
        if (pa.ByRule || pb.ByRule || (pa.Known && pb.Known)) return false;
        var gap = Math.Abs(pa.Length - pb.Length);
        if (gap is 1 or 2 && (pa.Length > pb.Length ? pa.EndsInS : pb.EndsInS)) return false;
        var longer = Math.Max(pa.Length, pb.Length);
        var distance = Math.Max(gap, TokenProfile.DistanceAtLeast(pa, pb));
        return 1.0 - ((double)distance / longer) < MinPairSimilarity;
    }

    // 1 - (edit distance / longer length), raised half-way to 1 when the two sound alike, are at least 60% alike in spelling and
    // longer than five letters.
    private static double Spelling(string a, string aKey, string b, string bKey, out bool phonetic)
    {
        var longer = Math.Max(a.Length, b.Length);
        var spelling = 1.0 - (double)Distance(a, b) / longer;
        phonetic = spelling >= 0.6 && longer > 5 && aKey.Length > 0 && string.Equals(aKey, bKey, StringComparison.Ordinal);
        return phonetic ? (spelling + 1.0) / 2.0 : Math.Max(0.0, spelling);
    }

    // Endings that make surnames and given names from another name: patronymic and family suffixes (Scandinavian, Slavic,
    // Georgian, Armenian, Persian, Turkish, Romanian, Greek) and the Arabic compounds with "of the faith" and "of God". Longest
    // first, so "sdottir" wins over "dottir".
    private static readonly string[] NameSuffixes =
    [
        "sdottir", "dottir", "opoulos", "shvili", "yevich", "ovich", "evich", "ovna", "evna", "enko", "uddin", "eddin", "addin",
        "ullah", "ollah", "allah", "zadeh", "oglu", "escu", "sson", "sen", "son", "dze", "yan", "ian", "pour",
    ];

    // The suffixes by their last letter: most pairs of tokens are checked against none.
    private static readonly string[][] SuffixesByLastLetter = [.. Enumerable.Range('a', 26)
        .Select(c => NameSuffixes.Where(s => s[^1] == c).ToArray())];

    // The length of a name-forming ending both tokens have, when each keeps at least two letters before it; 0 otherwise.
    private static int SharedNameSuffix(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a[^1] != b[^1] || a[^1] is < 'a' or > 'z') return 0;
        foreach (var suffix in SuffixesByLastLetter[a[^1] - 'a'])
        {
            if (a.Length >= suffix.Length + 2 && b.Length >= suffix.Length + 2
                && a.EndsWith(suffix, StringComparison.Ordinal) && b.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix.Length;
            }
        }
        return 0;
    }

    /// <summary>
    /// Latvian and Lithuanian give every name a nominative ending ("Sergejs Lavrovs", "Vladimiras Putinas"), and EU lists
    /// publish names in those languages too: when one token is the other plus -s, -as, -is or -us, the two are also compared
    /// without the ending (by spelling, sound and <see cref="NameEquivalents"/>), at 0.95 of that similarity.
    /// </summary>
    private static double BalticStemSimilarity(NameToken a, NameToken b)
    {
        if (a.Text.Length == b.Text.Length) return 0.0;
        var (longer, shorter) = a.Text.Length > b.Text.Length ? (a.Text, b) : (b.Text, a);
        var stem = (longer.Length - shorter.Text.Length) switch
        {
            1 when longer[^1] == 's' => longer.Length - 1,
            2 when longer.EndsWith("as", StringComparison.Ordinal) || longer.EndsWith("is", StringComparison.Ordinal)
                || longer.EndsWith("us", StringComparison.Ordinal) => longer.Length - 2,
            _ => -1,
        };
        if (stem < 4) return 0.0;
        var root = longer[..stem];
        return 0.95 * Math.Max(Spelling(root, PhoneticKey.Of(root), shorter.Text, shorter.Phonetic, out _),
            NameEquivalents.Similarity(root, shorter.Text));
    }

    /// <summary>The share of a pair's weight that a similarity earns: 1 for identical tokens, falling steeply for distant ones.</summary>
    public static double Credit(double similarity)
    {
        if (similarity >= 0.999) return 1.0;
        var x = (similarity - 0.5) / 0.5;
        return x <= 0 ? 0.0 : Math.Pow(x, 0.7);
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        if (EditDistance.TryOsa(a, b, out var fast)) return fast;
        var n = a.Length;
        var m = b.Length;
        Span<int> buffer = m <= 80 ? stackalloc int[3 * (m + 1)] : new int[3 * (m + 1)];
        var prev2 = buffer[..(m + 1)];
        var prev = buffer.Slice(m + 1, m + 1);
        var cur = buffer.Slice(2 * (m + 1), m + 1);
        for (var j = 0; j <= m; j++) prev[j] = j;
        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }
            var tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[m];
    }
}
