namespace Credence.Core.Text;

/// <summary>
/// A sound key for Chinese names written in Latin letters, the same for Hanyu Pinyin and Wade-Giles: "Xi Jinping" and
/// "Hsi Chin-ping", "Mao Zedong" and "Mao Tse-tung". A token is read as one or more syllables (an initial and a final); each
/// initial is folded into its class, so that Wade-Giles written without its aspiration apostrophes (p for b and p, t for d and
/// t, ch for j, q, zh and ch) meets Pinyin, and its finals are written as Pinyin writes them (-ung is -ong, -ih is -i, -ien is
/// -ian). x, hs, sh and s share a class: they are the sounds Latin-script writers confuse most ("Shi Jinping" for Xi).
/// </summary>
public static class ChineseRomanization
{
    // Longest first within each length, so "zh" is read before "z" and "hs" before "h".
    private static readonly (string Initial, char Class)[] Initials =
    [
        ("tsz", 'Z'), ("hs", 'S'), ("zh", 'C'), ("ch", 'C'), ("sh", 'S'), ("ts", 'Z'), ("tz", 'Z'),
        ("b", 'P'), ("p", 'P'), ("d", 'T'), ("t", 'T'), ("g", 'K'), ("k", 'K'), ("j", 'C'), ("q", 'C'), ("x", 'S'), ("s", 'S'),
        ("z", 'Z'), ("c", 'Z'), ("m", 'M'), ("f", 'F'), ("n", 'N'), ("l", 'L'), ("h", 'H'), ("r", 'R'), ("y", 'Y'), ("w", 'W'),
    ];

    // Pinyin finals, and the Wade-Giles finals Pinyin spells otherwise, mapped to the Pinyin spelling.
    private static readonly Dictionary<string, string> Finals = BuildFinals(
        "a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ue",
        ("ung", "ong"), ("iung", "iong"), ("ih", "i"), ("ieh", "ie"), ("ien", "ian"), ("uei", "ui"), ("ueh", "ue"), ("eh", "e"));

    private const int MaxFinal = 4;

    /// <summary>
    /// The sound key of <paramref name="token"/> (lower-case ASCII letters) when the whole of it reads as Chinese syllables, one
    /// class letter and one Pinyin final per syllable ("hsi" and "xi" are both "Si"); null when it does not.
    /// </summary>
    public static string? KeyOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is 0 or > 18) return null;
        var key = new System.Text.StringBuilder(token.Length + 4);
        return Read(token, 0, key) ? key.ToString() : null;
    }

    private static Dictionary<string, string> BuildFinals(string pinyin, params (string WadeGiles, string Pinyin)[] others)
    {
        var finals = pinyin.Split(' ').ToDictionary(f => f, f => f, StringComparer.Ordinal);
        foreach (var (wadeGiles, spelled) in others) finals[wadeGiles] = spelled;
        return finals;
    }

    // Reads syllables from `at` to the end, trying the longest final first and backing off, so "xian" is one syllable and
    // "jinping" is "jin" + "ping".
    private static bool Read(string token, int at, System.Text.StringBuilder key)
    {
        if (at == token.Length) return true;
        var mark = key.Length;
        var initialLength = 0;
        var initialClass = '\0';
        foreach (var (initial, cls) in Initials)
        {
            if (string.CompareOrdinal(token, at, initial, 0, initial.Length) != 0) continue;
            initialLength = initial.Length;
            initialClass = cls;
            break;
        }
        for (var length = Math.Min(MaxFinal, token.Length - at - initialLength); length >= 1; length--)
        {
            if (!Finals.TryGetValue(token.Substring(at + initialLength, length), out var final)) continue;
            if (initialClass != '\0') key.Append(initialClass);
            key.Append(final).Append('.');
            if (Read(token, at + initialLength + length, key)) return true;
            key.Length = mark;
        }
        return false;
    }
}
