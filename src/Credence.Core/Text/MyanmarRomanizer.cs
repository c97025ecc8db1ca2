using System.Text;

namespace Credence.Core.Text;

/// <summary>
/// Romanises Myanmar (Burmese) script the way Burmese names are conventionally spelt in English on sanctions lists and in
/// the press, one token per syllable: "မင်းအောင်လှိုင်" -> "Min Aung Hlaing", "ဦးဝင်းမြင့်" -> "U Win Myint".
/// </summary>
/// <remarks>
/// <para>
/// Covers U+1000-U+109F, Myanmar Extended-A (U+AA60-U+AA7F) and Extended-B (U+A9E0-U+A9FF). Text outside those blocks
/// passes through unchanged; a space is put between a romanised run and a letter or digit that touches it. Each syllable
/// is an onset (consonant and medials ya, ra, wa, ha) read from an onset table and a rhyme (vowel signs and final
/// consonant) read from a rhyme table; tones are ignored as English spellings ignore them, except that a creaky nasal
/// ends in "t" ("Myint", "Nyunt"). A small exception table holds conventional spellings the rules cannot produce
/// ("Tun", "Htoo", "Suu" before "Kyi", "U" as a leading honorific but "Oo" inside a name). Syllables bound by a
/// stacked consonant (virama) or kinzi are written as one token ("Thinzar").
/// </para>
/// <para>
/// Input is read leniently: zero-width joiners and non-joiners are dropped, a zero-width space is a syllable break,
/// digit look-alikes of letters (zero for wa, seven for ra) are read as letters next to other letters, and vowel signs
/// typed before their consonant (visual order) are moved onto it. Text that <see cref="LooksLikeZawgyi"/> in a strong
/// way has the legacy Zawgyi medial and killer code points mapped to Unicode before reading. Nothing here throws on bad
/// input: stray signs give a best-effort reading or nothing.
/// </para>
/// </remarks>
public sealed partial class MyanmarRomanizer : ITransliterator
{
    /// <summary>The shared instance; the type holds no state.</summary>
    public static MyanmarRomanizer Instance { get; } = new();

    /// <summary>Same as <see cref="Romanize"/>. Throws <see cref="ArgumentNullException"/> for null.</summary>
    public string ToLatin(string text) => Romanize(text);

    /// <summary>
    /// Romanises every Myanmar-script run in <paramref name="text"/> and leaves all other characters as they are. Returns
    /// <paramref name="text"/> itself when it holds no Myanmar character. Throws <see cref="ArgumentNullException"/> for null.
    /// </summary>
    public static string Romanize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!ContainsMyanmar(text)) return text;

        var output = new StringBuilder(text.Length * 2);
        var nameStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsMyanmar(c))
            {
                // A comma, a bracket or a word in another script ends one name; a leading ဦး after it is the honorific "U" again.
                if (!char.IsWhiteSpace(c) && !IsIgnorable(c)) nameStart = true;
                output.Append(c);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsMyanmar(text[i]) || IsIgnorable(text[i]))) i++;
            var latin = RomanizeRun(text.AsSpan(start, i - start), ref nameStart);
            if (latin.Length == 0) continue;
            if (output.Length > 0 && char.IsLetterOrDigit(output[^1])) output.Append(' ');
            output.Append(latin);
            if (i < text.Length && char.IsLetterOrDigit(text[i])) output.Append(' ');
        }
        return output.ToString();
    }

    /// <summary>True for characters of the Myanmar block (U+1000-U+109F) and its extensions A (U+AA60-U+AA7F) and B (U+A9E0-U+A9FF).</summary>
    public static bool IsMyanmar(char c) =>
        c is (>= '\u1000' and <= '\u109F') or (>= '\uAA60' and <= '\uAA7F') or (>= '\uA9E0' and <= '\uA9FF');

    /// <summary>True when <paramref name="text"/> holds at least one <see cref="IsMyanmar"/> character. Null gives false.</summary>
    public static bool ContainsMyanmar(string? text)
    {
        if (text is null) return false;
        foreach (var c in text)
        {
            if (IsMyanmar(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="text"/> shows a signature of the legacy Zawgyi font encoding or of visual-order typing:
    /// a killer (U+1039) not followed by a consonant, a ra medial or the e vowel sign at the start of a word before a
    /// consonant. Such input romanises less reliably and deserves a diagnostic. Null gives false.
    /// </summary>
    public static bool LooksLikeZawgyi(string? text) => text is not null && MyanmarZawgyi.HasSignature(text, strongOnly: false);

    /// <summary>Format characters that carry no sound: zero-width space (a break), non-joiner, joiner, word joiner and BOM.</summary>
    private static bool IsIgnorable(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static string RomanizeRun(ReadOnlySpan<char> run, ref bool nameStart)
    {
        var chars = Clean(run);
        var pieces = Segment(chars);
        return Assemble(pieces, ref nameStart);
    }

    /// <summary>Drops joiners, maps Zawgyi code points when the run is plainly Zawgyi, and reads look-alike characters as intended.</summary>
    private static List<char> Clean(ReadOnlySpan<char> run)
    {
        var chars = new List<char>(run.Length);
        foreach (var c in run)
        {
            if (c is '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            chars.Add(c);
        }
        if (MyanmarZawgyi.HasSignature(chars, strongOnly: true)) chars = MyanmarZawgyi.ToUnicode(chars);

        for (var k = 0; k < chars.Count; k++)
        {
            var c = chars[k];
            var next = k + 1 < chars.Count ? chars[k + 1] : '\0';
            if ((c == '\u1040' || c == '\u1047') && IsLetterContext(chars, k))
            {
                // Digit zero and digit seven are drawn like wa and ra and are often typed for them.
                chars[k] = c == '\u1040' ? '\u101D' : '\u101B';
            }
            else if (c == '\u1025' && next == '\u103A')
            {
                chars[k] = '\u1009'; // the vowel u looks like nya, and only nya takes an asat
            }
            else if ((c == '\u1025' || c == '\u1009') && next == '\u102E')
            {
                chars[k] = '\u1026'; // u (or nya) + ii is the legacy spelling of ဦ
                chars.RemoveAt(k + 1);
            }
        }
        return chars;
    }

    private static bool IsLetterContext(List<char> chars, int k)
    {
        var prev = k > 0 ? chars[k - 1] : '\0';
        var next = k + 1 < chars.Count ? chars[k + 1] : '\0';
        if (IsSign(Classify(next))) return true;
        if (Classify(prev) == CharKind.Digit || Classify(next) == CharKind.Digit) return false;
        return IsLetterOrSign(Classify(prev)) || IsLetterOrSign(Classify(next));
    }

    private static bool IsSign(CharKind kind) =>
        kind is CharKind.Medial or CharKind.VowelSign or CharKind.Anusvara or CharKind.DotBelow or CharKind.Visarga
            or CharKind.Asat or CharKind.Virama or CharKind.ToneMark;

    private static bool IsLetterOrSign(CharKind kind) =>
        kind is CharKind.Consonant or CharKind.IndependentVowel || IsSign(kind);

    /// <summary>Joins syllable readings into tokens: a space between words, none across a virama, kinzi or a loan final.</summary>
    private static string Assemble(List<Piece> pieces, ref bool nameStart)
    {
        var output = new StringBuilder();
        var word = new StringBuilder();
        var joinNext = false;
        for (var n = 0; n < pieces.Count; n++)
        {
            var piece = pieces[n];
            switch (piece.Kind)
            {
                case PieceKind.Syllable:
                    var reading = Read(pieces, n, nameStart);
                    if (reading.Length == 0) continue;
                    if (!joinNext && !piece.GlueToPrevious) FlushWord(output, word);
                    word.Append(reading);
                    joinNext = piece.JoinNext;
                    nameStart = false;
                    break;
                case PieceKind.Digits:
                    FlushWord(output, word);
                    AppendToken(output, piece.Text!);
                    joinNext = false;
                    break;
                case PieceKind.Punctuation:
                    FlushWord(output, word);
                    output.Append(piece.Text);
                    joinNext = false;
                    nameStart = true; // ၊ and ။ separate names as a comma does
                    break;
                default:
                    FlushWord(output, word);
                    joinNext = false;
                    break;
            }
        }
        FlushWord(output, word);
        return output.ToString();
    }

    private static void FlushWord(StringBuilder output, StringBuilder word)
    {
        if (word.Length == 0) return;
        word[0] = char.ToUpperInvariant(word[0]);
        AppendToken(output, word.ToString());
        word.Clear();
    }

    private static void AppendToken(StringBuilder output, string token)
    {
        if (output.Length > 0 && !char.IsWhiteSpace(output[^1])) output.Append(' ');
        output.Append(token);
    }

    /// <summary>Splits a cleaned run into syllables, digit groups, punctuation and breaks.</summary>
    private static List<Piece> Segment(List<char> s)
    {
        var pieces = new List<Piece>();
        var i = 0;
        while (i < s.Count)
        {
            var c = s[i];
            switch (Classify(c))
            {
                case CharKind.Digit:
                    var digits = new StringBuilder();
                    while (i < s.Count && Classify(s[i]) == CharKind.Digit) digits.Append(DigitValue(s[i++]));
                    pieces.Add(new Piece(PieceKind.Digits) { Text = digits.ToString() });
                    break;
                case CharKind.Punctuation:
                    pieces.Add(new Piece(PieceKind.Punctuation) { Text = c == '\u104A' ? "," : "." });
                    i++;
                    break;
                case CharKind.Break:
                case CharKind.Other:
                    pieces.Add(new Piece(PieceKind.Break));
                    i++;
                    break;
                case CharKind.Symbol:
                    i = ReadSymbol(s, i, pieces);
                    break;
                case CharKind.DotBelow or CharKind.Visarga or CharKind.Asat or CharKind.ToneMark:
                    // A tone mark that follows a finished syllable (a Zawgyi killer, a doubled mark) belongs to it.
                    if (c == '\u1037' && pieces.Count > 0 && pieces[^1].Kind == PieceKind.Syllable) pieces[^1].Dot = true;
                    i++;
                    break;
                default:
                    i = ReadSyllable(s, i, pieces);
                    break;
            }
        }
        return pieces;
    }

    private static int ReadSymbol(List<char> s, int i, List<Piece> pieces)
    {
        var c = s[i++];
        if (c == '\u104E' && i + 1 < s.Count && s[i] == '\u1004' && s[i + 1] == '\u103A')
        {
            // ၎င်း ("the aforesaid") is written with the symbol and the rhyme of its last syllable.
            i += 2;
            while (i < s.Count && s[i] == '\u1038') i++;
        }
        var reading = c switch { '\u104C' => "hnaik", '\u104D' => "ywe", '\u104E' => "lagaung", _ => "i" };
        pieces.Add(new Piece(PieceKind.Syllable) { Fixed = reading });
        return i;
    }

    private static int ReadSyllable(List<char> s, int i, List<Piece> pieces)
    {
        var syllable = new Piece(PieceKind.Syllable);
        pieces.Add(syllable);

        // Visual-order input (and Zawgyi) puts the e vowel and the ra medial before the consonant they belong to.
        var k = i;
        while (k < s.Count && s[k] is '\u1031' or '\u103C') k++;
        if (k > i && k < s.Count && Classify(s[k]) == CharKind.Consonant)
        {
            for (; i < k; i++) syllable.AddSign(s[i]);
        }

        if (i < s.Count && Classify(s[i]) == CharKind.Consonant && FinalLength(s, i) > 0 && !syllable.HasVowel)
        {
            // A consonant with asat and nothing before it spells a foreign final ("(လ်)" for "l"): glue it on.
            syllable.Final = s[i];
            syllable.GlueToPrevious = true;
            syllable.JoinNext = s[i + FinalLength(s, i) - 1] == '\u1039';
            if (s[i + 1] == '\u1037') syllable.Dot = true;
            return i + FinalLength(s, i);
        }

        if (i < s.Count && Classify(s[i]) is CharKind.Consonant or CharKind.IndependentVowel) syllable.Onset = s[i++];

        while (i < s.Count)
        {
            var c = s[i];
            var kind = Classify(c);
            if (kind == CharKind.Consonant)
            {
                if (syllable.Final != '\0' || (syllable.Onset == '\0' && !syllable.HasVowel)) break;
                var length = FinalLength(s, i);
                if (length == 0) break;
                syllable.Final = c;
                if (s[i + 1] == '\u1037') syllable.Dot = true;
                i += length;
                if (s[i - 1] == '\u1039')
                {
                    syllable.JoinNext = true;
                    break;
                }
                continue;
            }
            if (!IsSign(kind)) break;
            if (c is '\u1031' or '\u103C' && StartsNextSyllable(syllable, s, i)) break;
            syllable.AddSign(c);
            i++;
        }
        return i;
    }

    /// <summary>
    /// True when an e vowel or ra medial that comes after a finished syllable (one with a final or a vowel sign) stands
    /// before a consonant: it was typed in visual order and belongs to that consonant, as in "မင်းေအာင်".
    /// </summary>
    private static bool StartsNextSyllable(Piece syllable, List<char> s, int i)
    {
        var finished = syllable.Final != '\0' || syllable.HasVowel
            || (s[i] == '\u103C' && (syllable.Signs & (Signs.MedialW | Signs.MedialH)) != 0);
        if (!finished) return false;
        var k = i;
        while (k < s.Count && s[k] is '\u1031' or '\u103C') k++;
        return k < s.Count && Classify(s[k]) == CharKind.Consonant;
    }

    /// <summary>
    /// How many characters the consonant at <paramref name="i"/> takes as a syllable final: consonant + (dot) + asat,
    /// kinzi (nga + asat + virama), or consonant + virama before a stacked consonant; 0 when it starts a new syllable.
    /// A virama not followed by a consonant is read as an asat, as Zawgyi uses it.
    /// </summary>
    private static int FinalLength(List<char> s, int i)
    {
        var j = i + 1;
        if (j < s.Count && s[j] == '\u1037') j++;
        if (j < s.Count && s[j] == '\u103A')
        {
            var kinzi = s[i] == '\u1004' && j + 2 < s.Count && s[j + 1] == '\u1039' && Classify(s[j + 2]) == CharKind.Consonant;
            return kinzi ? j + 2 - i : j + 1 - i;
        }
        return j < s.Count && s[j] == '\u1039' ? j + 1 - i : 0;
    }

    private static char DigitValue(char c) => c switch
    {
        >= '\u1040' and <= '\u1049' => (char)('0' + (c - '\u1040')),
        >= '\u1090' and <= '\u1099' => (char)('0' + (c - '\u1090')),
        _ => (char)('0' + (c - '\uA9F0')),
    };

    private enum PieceKind
    {
        Syllable,
        Digits,
        Punctuation,
        Break,
    }

    /// <summary>One parsed unit of a run. Signs are kept as flags, so their stored order does not matter.</summary>
    private sealed class Piece(PieceKind kind)
    {
        public PieceKind Kind { get; } = kind;
        public string? Text { get; init; }
        public string? Fixed { get; init; }
        public char Onset { get; set; }
        public char Final { get; set; }
        public Signs Signs { get; private set; }
        public bool Dot { get; set; }
        public bool JoinNext { get; set; }
        public bool GlueToPrevious { get; set; }
        public string? ExtraVowel { get; private set; }
        public string? ExtraMedial { get; private set; }

        public bool HasVowel => (Signs & Signs.AnyVowel) != 0 || ExtraVowel is not null;

        public void AddSign(char c)
        {
            var sign = SignOf(c);
            if (sign != Signs.None) Signs |= sign;
            else if (c == '\u1037') Dot = true;
            else if (ExtraVowelSigns.TryGetValue(c, out var vowel)) ExtraVowel = vowel;
            else if (ExtraMedials.TryGetValue(c, out var medial)) ExtraMedial += medial;
        }
    }
}
