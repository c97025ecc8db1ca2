using System.Globalization;
using System.Text;
using Credence.Core.Entities;

namespace Credence.Core.Text;

/// <summary>
/// Turns a name into matching tokens: Unicode NFKC, accents dropped, other scripts transliterated to Latin, invariant lower case,
/// punctuation removed, honorifics and ranks dropped from the start of a person's name, legal forms made canonical, name
/// particles unified. Thread-safe and allocation-light; the same instance serves every query.
/// </summary>
public sealed class NameNormalizer
{
    /// <summary>Names longer than this many characters are cut before normalisation; no real name comes close.</summary>
    public const int MaxNameLength = 1_000;

    public NameNormalizer(ITransliterator transliterator)
    {
        ArgumentNullException.ThrowIfNull(transliterator);
        Transliterator = transliterator;
    }

    public ITransliterator Transliterator { get; }

    /// <summary>
    /// Normalises <paramref name="name"/>. <paramref name="schema"/> decides which rules apply: persons lose leading titles and
    /// ranks and keep initials; organisations get canonical legal forms; Unknown gets both, carefully. Never throws for any input.
    /// </summary>
    public NormalizedName Normalize(string? name, EntitySchema schema = EntitySchema.Unknown)
    {
        if (string.IsNullOrWhiteSpace(name)) return new NormalizedName(name ?? "", [], []);
        var text = name.Length > MaxNameLength ? name[..MaxNameLength] : name;
        var words = Tokenize(ToLatinLower(text));
        var abjad = HasAbjadScript(text);
        var syllabic = HasHanOrHangul(text);
        var latinScript = IsLatinScript(text);
        var isPerson = schema == EntitySchema.Person;
        var isOrg = schema is EntitySchema.Organization or EntitySchema.Vessel or EntitySchema.Aircraft;

        var kinds = new List<TokenKind>(Enumerable.Repeat(TokenKind.Word, words.Count));
        var legalFound = false;
        if (!isPerson)
        {
            // Phrases first ("Sp. z o.o.", "S.A."), so that joining single letters does not swallow them.
            legalFound = MarkLegalFormPhrases(words, kinds, anywhere: isOrg);
            JoinSingleLetters(words, kinds);
            ReplaceNumberWords(words, kinds, isOrg);
            legalFound |= MarkLegalFormWords(words, kinds, anywhere: isOrg);
        }

        var dropped = new List<string>();
        var start = 0;
        if (schema == EntitySchema.Vessel)
        {
            while (start < words.Count - 1 && NameVocabulary.VesselPrefixes.Contains(words[start])) dropped.Add(words[start++]);
        }
        if (!isOrg && !legalFound)
        {
            // Drop leading honorifics and ranks while at least two name tokens remain ("Senior General Min Aung Hlaing").
            while (start < words.Count && words.Count - start > 2 && NameVocabulary.LeadingTitles.Contains(words[start]))
            {
                dropped.Add(words[start]);
                start++;
            }
        }

        var tokens = new List<NameToken>(words.Count - start);
        for (var i = start; i < words.Count; i++)
        {
            var w = words[i];
            var kind = kinds[i];
            if (kind != TokenKind.LegalForm)
            {
                if (w.All(char.IsAsciiDigit)) kind = TokenKind.Number;
                // "Ben" opening a name is the given name (Ben Netanyahu); inside a name it is "son of".
                else if (NameVocabulary.Particles.TryGetValue(w, out var canonical) && (!isOrg || w.Length <= 3) && words.Count - start > 1
                    && !(i == start && w == "ben"))
                {
                    w = canonical;
                    kind = TokenKind.Particle;
                }
                else if (!isPerson && NameVocabulary.GenericWords.Contains(w)) kind = TokenKind.Generic;
                else if (isPerson && w is "the" or "of" or "and") kind = TokenKind.Generic;
                // Initials belong to people's names; in a company's name a lone letter is just a short word ("B-Work"), and in
                // Han or Hangul it is a whole syllable ("i" from "이").
                else if (w.Length == 1) kind = isOrg || syllabic ? TokenKind.Word : TokenKind.Initial;
            }
            // Two or three consonants in a person's Latin-script name are initials written together ("JC Juncker", "GW Bush");
            // "Ng" is a surname, "Jr" and "Sr" say junior and senior.
            if (isPerson && kind == TokenKind.Word && latinScript && w.Length is 2 or 3 && !HasVowel(w) && !w.Contains('y', StringComparison.Ordinal)
                && w is not ("ng" or "jr" or "sr"))
            {
                foreach (var letter in w)
                {
                    var initial = letter.ToString();
                    tokens.Add(new NameToken(initial, TokenKind.Initial, PhoneticKey.Of(initial)));
                }
                continue;
            }
            var unvocalized = abjad && kind == TokenKind.Word && !HasVowel(w);
            var syllable = syllabic && kind == TokenKind.Word;
            tokens.Add(new NameToken(w, kind, kind == TokenKind.Number ? "" : PhoneticKey.Of(w), unvocalized, syllable));
        }
        if (!isOrg && !abjad && !syllabic) MarkChinese(tokens);
        return new NormalizedName(name, tokens, dropped);
    }

    // A name of two to four words that all read as Chinese syllables ("Mao Tse-tung", "Xi Jinping") gets their sound keys, so
    // that Pinyin and Wade-Giles spellings meet. A single word ("Diana") says too little to call a name Chinese.
    private static void MarkChinese(List<NameToken> tokens)
    {
        var words = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) return;
            words++;
        }
        if (words is < 2 or > 4) return;
        var keys = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (ChineseRomanization.KeyOf(tokens[i].Text) is not { } key) return;
            keys[i] = key;
        }
        for (var i = 0; i < tokens.Count; i++) tokens[i] = tokens[i] with { SinoKey = keys[i] };
    }

    private string ToLatinLower(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var decomposed = folded.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var nonAscii = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark && IsLatinCombining(ch)) continue;
            if (ch > '\u007f') nonAscii = true;
            sb.Append(ch);
        }
        var latin = sb.ToString();
        if (nonAscii) latin = Transliterator.ToLatin(latin.Normalize(NormalizationForm.FormC));
        return latin.ToLowerInvariant();
    }

    // Arabic (with its supplements and presentation forms), Hebrew and Syriac write consonants and leave most vowels out.
    private static bool HasAbjadScript(string text)
    {
        foreach (var ch in text)
        {
            if (ch is (>= '\u0590' and <= '\u074f') or (>= '\u0750' and <= '\u077f') or (>= '\u08a0' and <= '\u08ff')
                or (>= '\ufb1d' and <= '\ufdff') or (>= '\ufe70' and <= '\ufeff'))
            {
                return true;
            }
        }
        return false;
    }

    // Han ideographs (with extension A and the compatibility block; the supplementary planes come as surrogate pairs from
    // U+D840) and Hangul syllables and jamo: scripts where each character is a syllable of the name. Kana spell words instead.
    private static bool HasHanOrHangul(string text)
    {
        foreach (var ch in text)
        {
            if (ch is (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff')
                or (>= '\ud840' and <= '\ud87f') or (>= '\uac00' and <= '\ud7af') or (>= '\u1100' and <= '\u11ff')
                or (>= '\u3130' and <= '\u318f'))
            {
                return true;
            }
        }
        return false;
    }

    // Letters of the Latin script only (with its extensions): a transliteration from another script may leave out vowels that
    // script does not write, so its consonant clusters are no initials ("ពត" is "Pot").
    private static bool IsLatinScript(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsLetter(ch) && ch > '\u024f' && ch is not (>= '\u1e00' and <= '\u1eff')) return false;
        }
        return true;
    }

    private static bool HasVowel(string word)
    {
        foreach (var ch in word)
        {
            if (ch is 'a' or 'e' or 'i' or 'o' or 'u') return true;
        }
        return false;
    }

    // Combining marks in U+0300..U+036F are Latin/Greek/Cyrillic accents; other scripts' marks (Myanmar, Devanagari vowel signs)
    // carry sounds and go to the transliterator intact.
    private static bool IsLatinCombining(char ch) => ch is >= '\u0300' and <= '\u036f';

    private static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (ch is '\'' or '\u2019' or '`' or '\u00b4' or '\u02bb' or '\u02bc')
            {
                // Apostrophes join: "O'Brien" is "obrien", "Bank's" is "banks".
            }
            else if (ch == '&')
            {
                Flush(words, sb);
                words.Add("and");
            }
            else
            {
                Flush(words, sb);
            }
        }
        Flush(words, sb);
        return words;

        static void Flush(List<string> words, StringBuilder sb)
        {
            if (sb.Length == 0) return;
            words.Add(sb.ToString());
            sb.Clear();
        }
    }

    // "L.X.C. Aviation" and "S C Johnson" become "lxc aviation" and "sc johnson", as "LXC" and "SC" are written elsewhere.
    private static void JoinSingleLetters(List<string> words, List<TokenKind> kinds)
    {
        var i = 0;
        while (i < words.Count)
        {
            var j = i;
            while (j < words.Count && kinds[j] == TokenKind.Word && words[j].Length == 1 && char.IsAsciiLetter(words[j][0])) j++;
            if (j - i >= 2)
            {
                words[i] = string.Concat(words.Skip(i).Take(j - i));
                words.RemoveRange(i + 1, j - i - 1);
                kinds.RemoveRange(i + 1, j - i - 1);
            }
            i++;
        }
    }

    private static void ReplaceNumberWords(List<string> words, List<TokenKind> kinds, bool organisation)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (kinds[i] == TokenKind.LegalForm) continue;
            if (NameVocabulary.Abbreviations.TryGetValue(words[i], out var full)
                || (organisation && NameVocabulary.OrganisationAbbreviations.TryGetValue(words[i], out full)))
            {
                var parts = full.Split(' ');
                words[i] = parts[0];
                for (var k = 1; k < parts.Length; k++)
                {
                    words.Insert(i + k, parts[k]);
                    kinds.Insert(i + k, kinds[i]);
                }
                i += parts.Length - 1;
                continue;
            }
            // Ordinals are numbers anywhere; Roman numerals only after the first word ("Fund IV" is 4, "Vi Tran" is a name).
            if (NameVocabulary.Ordinals.TryGetValue(words[i], out var number)
                || (i > 0 && NameVocabulary.RomanNumerals.TryGetValue(words[i], out number)))
            {
                words[i] = number.ToString(CultureInfo.InvariantCulture);
                continue;
            }
            if (!NameVocabulary.NumberWords.TryGetValue(words[i], out var value)) continue;
            // "forty four" and "forty 4" are 44.
            if (value >= 20 && value % 10 == 0 && i + 1 < words.Count && UnitOf(words[i + 1]) is var unit and > 0 and < 10)
            {
                value += unit;
                words.RemoveAt(i + 1);
                kinds.RemoveAt(i + 1);
            }
            words[i] = value.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static int UnitOf(string word) =>
        word is [>= '1' and <= '9'] ? word[0] - '0' : NameVocabulary.NumberWords.TryGetValue(word, out var unit) ? unit : 0;

    // Replaces legal-form phrases by their canonical token in place and marks them. For organisations legal forms count anywhere;
    // for an unknown schema only at the start or the end of the name, where they stand ("OAO Gazprom", "Gazprom JSC").
    private static bool MarkLegalFormPhrases(List<string> words, List<TokenKind> kinds, bool anywhere)
    {
        var found = false;
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (phrase, canonical) in NameVocabulary.LegalFormPhrases)
            {
                if (!MatchesAt(words, i, phrase)) continue;
                var end = i + phrase.Length;
                if (!anywhere && i != 0 && end != words.Count) continue;
                words[i] = canonical;
                words.RemoveRange(i + 1, phrase.Length - 1);
                kinds.RemoveRange(i + 1, phrase.Length - 1);
                kinds[i] = TokenKind.LegalForm;
                found = true;
                break;
            }
        }
        return found;
    }

    private static bool MarkLegalFormWords(List<string> words, List<TokenKind> kinds, bool anywhere)
    {
        var found = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (kinds[i] == TokenKind.LegalForm) continue;
            if (!NameVocabulary.LegalForms.TryGetValue(words[i], out var canonical)) continue;
            var atEdge = i == 0 || i == words.Count - 1;
            if (words.Count < 2 || (!anywhere && !atEdge)) continue;
            // Short forms at the start of an unknown-schema name ("as", "sa") are as often name parts; only the end counts for them.
            if (!anywhere && i == 0 && words[i].Length < 3) continue;
            words[i] = canonical;
            kinds[i] = TokenKind.LegalForm;
            found = true;
        }
        return found;
    }

    // A phrase of two words or more also matches with one slip in one word of five letters or more ("joynt stock company"), and
    // with its last word cut short at the end of the name, as fixed-width list fields cut it ("joint stock compan").
    private static bool MatchesAt(List<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count) return false;
        // One slip at most in a phrase of two words or more: its first or second word is as written.
        if (!string.Equals(words[at], phrase[0], StringComparison.Ordinal)
            && (phrase.Length < 2 || !string.Equals(words[at + 1], phrase[1], StringComparison.Ordinal)))
        {
            return false;
        }
        var slips = 0;
        for (var k = 0; k < phrase.Length; k++)
        {
            var word = words[at + k];
            if (string.Equals(word, phrase[k], StringComparison.Ordinal)) continue;
            var cut = k == phrase.Length - 1 && at + k == words.Count - 1 && word.Length >= 4
                && phrase[k].StartsWith(word, StringComparison.Ordinal);
            if (phrase.Length < 2 || !(cut || (phrase[k].Length >= 5 && OneEditApart(word, phrase[k]))) || ++slips > 1) return false;
        }
        return true;
    }

    // One letter changed, added or dropped.
    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var (s, l) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < s.Length && s[i] == l[i]) i++;
        if (i == s.Length) return true;
        // Same length: the rest after one changed letter must agree; one longer: the rest after one added letter must.
        return s.Length == l.Length
            ? s.AsSpan(i + 1).SequenceEqual(l.AsSpan(i + 1))
            : s.AsSpan(i).SequenceEqual(l.AsSpan(i + 1));
    }
}
