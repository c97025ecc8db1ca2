using System.Text;
using Credence.Core.Text;

namespace Credence.Lists.Text;

/// <summary>
/// Transliteration that picks a method per script run: Myanmar (Burmese) script goes through
/// <see cref="MyanmarRomanizer"/> ("မင်းအောင်လှိုင်" -> "Min Aung Hlaing"), everything else through
/// <see cref="AnyAsciiTransliterator"/>. Han and Hangul get one space-separated token per syllable ("习近平" -> "Xi Jin Ping",
/// "김정은" -> "Gim Jeong Eun") where AnyAscii alone would run them together. A run of kana is one word, as kana spell words
/// (foreign names in katakana are written word by word, parted by "・": "バラク・オバマ" -> "baraku-obama").
/// </summary>
/// <remarks>
/// Kana are romanised by mora rather than by character: small kana and the long-vowel mark stay with the kana before them,
/// the small tsu with the kana after it ("きょうと" -> "kiyouto"). Conjoining Hangul jamo are composed into syllables
/// first. A space is put wherever a romanised run touches a letter or digit, so runs never glue onto neighbours.
/// Stateless and safe to share; Latin input comes back as AnyAscii gives it (accents dropped).
/// </remarks>
public sealed class ScriptAwareTransliterator : ITransliterator
{
    /// <summary>The shared instance.</summary>
    public static ScriptAwareTransliterator Instance { get; } = new();

    /// <summary>Returns <paramref name="text"/> in Latin letters. Throws <see cref="ArgumentNullException"/> for null.</summary>
    public string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Myanmar first: its output is ASCII, which the second pass leaves alone.
        var latin = MyanmarRomanizer.Romanize(text);
        return HasSyllabicScript(latin) ? SplitSyllabic(latin) : AnyAsciiTransliterator.Instance.ToLatin(latin);
    }

    private static string SplitSyllabic(string text)
    {
        var output = new StringBuilder(text.Length * 3);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var syllabic = IsSyllabic(text, i);
            while (i < text.Length && IsSyllabic(text, i) == syllabic) i += char.IsSurrogatePair(text, i) ? 2 : 1;
            var run = text[start..i];
            if (!syllabic)
            {
                AppendSeparated(output, AnyAsciiTransliterator.Instance.ToLatin(run));
                continue;
            }
            var afterKana = false;
            foreach (var unit in Units(run.Normalize(NormalizationForm.FormC)))
            {
                var latin = AnyAsciiTransliterator.Instance.ToLatin(unit);
                var kana = IsKana(unit[0]);
                if (kana && afterKana) output.Append(latin);
                else AppendSeparated(output, latin);
                afterKana = kana;
            }
        }
        return output.ToString();
    }

    /// <summary>Appends <paramref name="part"/>, with a space first when a letter or digit would otherwise touch another.</summary>
    private static void AppendSeparated(StringBuilder output, string part)
    {
        if (part.Length == 0) return;
        if (output.Length > 0 && char.IsLetterOrDigit(output[^1]) && char.IsLetterOrDigit(part[0])) output.Append(' ');
        output.Append(part);
    }

    /// <summary>Splits a run of syllabic-script text into one string per syllable (per mora for kana).</summary>
    private static List<string> Units(string run)
    {
        var units = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < run.Length)
        {
            var length = char.IsSurrogatePair(run, i) ? 2 : 1;
            var c = run[i];
            var attachesBefore = current.Length > 0 && IsKanaModifier(c) && !IsSmallTsu(current[^1]);
            if (!attachesBefore && current.Length > 0 && !IsSmallTsu(current[^1]))
            {
                units.Add(current.ToString());
                current.Clear();
            }
            current.Append(run, i, length);
            i += length;
        }
        if (current.Length > 0) units.Add(current.ToString());
        return units;
    }

    private static bool HasSyllabicScript(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSyllabic(text, i)) return true;
        }
        return false;
    }

    /// <summary>Han ideographs (BMP and supplementary), Hiragana, Katakana (with half-width forms) and Hangul.</summary>
    private static bool IsSyllabic(string text, int i)
    {
        if (char.IsHighSurrogate(text[i]) && char.IsSurrogatePair(text, i))
        {
            var scalar = char.ConvertToUtf32(text[i], text[i + 1]);
            return scalar is >= 0x20000 and <= 0x323AF;
        }
        return text[i] is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3041' and <= '\u3096') or (>= '\u3099' and <= '\u309C') or (>= '\u30A1' and <= '\u30FA')
            or '\u30FC' or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F')
            or (>= '\uAC00' and <= '\uD7A3') or (>= '\u1100' and <= '\u11FF') or (>= '\uA960' and <= '\uA97F')
            or (>= '\uD7B0' and <= '\uD7FF');
    }

    /// <summary>Hiragana and Katakana (with half-width forms and the long-vowel mark).</summary>
    private static bool IsKana(char c) =>
        c is (>= '\u3041' and <= '\u3096') or (>= '\u3099' and <= '\u309C') or (>= '\u30A1' and <= '\u30FA') or '\u30FC'
            or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F');

    /// <summary>Kana that sound only with the kana before them: small vowels and ya/yu/yo/wa, voicing marks, the long-vowel mark.</summary>
    private static bool IsKanaModifier(char c) =>
        c is '\u3041' or '\u3043' or '\u3045' or '\u3047' or '\u3049' or '\u3083' or '\u3085' or '\u3087' or '\u308E'
            or '\u3095' or '\u3096' or '\u30A1' or '\u30A3' or '\u30A5' or '\u30A7' or '\u30A9' or '\u30E3' or '\u30E5'
            or '\u30E7' or '\u30EE' or '\u30F5' or '\u30F6' or '\u30FC' or (>= '\u3099' and <= '\u309C')
            or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF67' and <= '\uFF6E') or '\uFF70' or '\uFF9E' or '\uFF9F';

    /// <summary>The small tsu doubles the consonant after it, so it joins the next mora.</summary>
    private static bool IsSmallTsu(char c) => c is '\u3063' or '\u30C3' or '\uFF6F';
}
