namespace Credence.Core.Matching;

/// <summary>
/// Compares a name written without vowels with one written with them. Arabic, Persian and Hebrew script leave most vowels
/// unwritten, so their transliteration is a run of consonants ("فرناندو" is "frnndw", "أسامة" is "smh") that spelling
/// distance keeps far from "Fernando" and "Osama". Both are reduced to a consonant skeleton: vowels and the letters that
/// also write long vowels (w, y) dropped, a final h dropped (the feminine ending), doubled letters made single, and letters
/// the script lacks or merges made one (p and b, v and f, z and s, c and q and k).
/// </summary>
internal static class ConsonantSkeleton
{
    /// <summary>A vowelless token shorter than this is not compared by skeleton ("mr", "st").</summary>
    public const int MinLength = 3;

    /// <summary>
    /// Similarity of a vowelless token and a token with vowels, by their skeletons: up to 0.9 for skeletons of four letters or
    /// more, 0.85 for three and 0.8 for two, since a short skeleton fits many names. 0 when neither or both are vowelless.
    /// </summary>
    public static double Similarity(string a, string b)
    {
        var aBare = IsVowelless(a);
        if (aBare == IsVowelless(b)) return 0.0;
        if ((aBare ? a : b).Length < MinLength) return 0.0;
        var x = Of(a);
        var y = Of(b);
        if (x.Length < 2 || y.Length < 2) return 0.0;
        var longer = Math.Max(x.Length, y.Length);
        var alike = 1.0 - ((double)TokenSimilarity.Distance(x, y) / longer);
        var ceiling = 0.7 + (0.05 * Math.Min(Math.Min(x.Length, y.Length), 4));
        return alike * ceiling;
    }

    /// <summary>Whether a token has no vowel letter (a, e, i, o, u) and at least one letter.</summary>
    public static bool IsVowelless(string token)
    {
        var letters = false;
        foreach (var c in token)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u') return false;
            if (char.IsAsciiLetter(c)) letters = true;
        }
        return letters;
    }

    /// <summary>The consonant skeleton of a normalised token: "fernando" and "frnndw" are both "frnd".</summary>
    public static string Of(string token)
    {
        var end = token.Length;
        if (end > 1 && token[end - 1] == 'h') end--;
        Span<char> buffer = stackalloc char[Math.Min(end, 64)];
        var length = 0;
        for (var i = 0; i < end && length < buffer.Length; i++)
        {
            var c = token[i] switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y' => '\0',
                'p' => 'b',
                'v' => 'f',
                'z' => 's',
                'c' or 'q' => 'k',
                var other => other,
            };
            if (c == '\0' || (length > 0 && buffer[length - 1] == c)) continue;
            buffer[length++] = c;
        }
        return new string(buffer[..length]);
    }
}
