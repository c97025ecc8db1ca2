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
    /// class letter and one Pinyin final per syllable ("hsi" and "xi" are both "Si."); null when it does not.
    /// </summary>
    public static string? KeyOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length is 0 or > MaxLength) return null;
        // Each syllable gives at most one more character than it spells (its final and a separator for a bare final).
        Span<char> key = stackalloc char[2 * MaxLength];
        var written = Read(token.AsSpan(), key, 0);
        return written < 0 ? null : new string(key[..written]);
    }

    private const int MaxLength = 18;

    // Reads syllables to the end of `rest`, writing their keys from `at`; returns the key's length, or -1. The longest final is
    // tried first and the reader backs off, so "xian" is one syllable and "jinping" is "jin" + "ping".
    private static int Read(ReadOnlySpan<char> rest, Span<char> key, int at)
    {
        if (rest.IsEmpty) return at;
        var initialLength = 0;
        var initialClass = '\0';
        foreach (var (initial, cls) in Initials)
        {
            if (!rest.StartsWith(initial, StringComparison.Ordinal)) continue;
            initialLength = initial.Length;
            initialClass = cls;
            break;
        }
        var finals = Finals.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = Math.Min(MaxFinal, rest.Length - initialLength); length >= 1; length--)
        {
            if (!finals.TryGetValue(rest.Slice(initialLength, length), out var final)) continue;
            var next = at;
            if (initialClass != '\0') key[next++] = initialClass;
            final.AsSpan().CopyTo(key[next..]);
            next += final.Length;
            key[next++] = '.';
            var end = Read(rest[(initialLength + length)..], key, next);
            if (end >= 0) return end;
        }
        return -1;
    }

    private static Dictionary<string, string> BuildFinals(string pinyin, params (string WadeGiles, string Pinyin)[] others)
    {
        var finals = pinyin.Split(' ').ToDictionary(f => f, f => f, StringComparer.Ordinal);
        foreach (var (wadeGiles, spelled) in others) finals[wadeGiles] = spelled;
        return finals;
    }
}
