using Credence.Core.Text;

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
    /// <summary>
    /// Similarity of an unvocalized token (<see cref="NameToken.Unvocalized"/>) and a written-out one, by their skeletons: up
    /// to 0.9 for skeletons of four letters or more, 0.85 for three and 0.8 for two, since a short skeleton fits many names.
    /// 0 unless exactly one of the two is unvocalized.
    /// </summary>
    public static double Similarity(NameToken a, NameToken b)
    {
        if (a.Unvocalized == b.Unvocalized) return 0.0;
        var x = Of(a.Text);
        var y = Of(b.Text);
        if (x.Length < 2 || y.Length < 2) return 0.0;
        var longer = Math.Max(x.Length, y.Length);
        var alike = 1.0 - ((double)TokenSimilarity.Distance(x, y) / longer);
        var ceiling = 0.7 + (0.05 * Math.Min(Math.Min(x.Length, y.Length), 4));
        return alike * ceiling;
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
