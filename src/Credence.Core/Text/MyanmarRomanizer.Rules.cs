using System.Text;

namespace Credence.Core.Text;

/// <summary>The onset table, the rhyme table and the exception table: the whole of the spelling knowledge.</summary>
public sealed partial class MyanmarRomanizer
{
    /// <summary>Onsets of ka (U+1000) to a (U+1021) as names spell them: စ and ဆ are both "s", သ is "th", ရ is "y".</summary>
    private static readonly string[] BaseOnsets =
    [
        "k", "kh", "g", "g", "ng", "s", "s", "z", "z", "ny", "ny", "t", "ht", "d", "d", "n", "t", "ht", "d", "d", "n",
        "p", "ph", "b", "b", "m", "y", "y", "l", "w", "th", "h", "l", "",
    ];

    /// <summary>Letters of Mon, Karen, Shan, Khamti, Aiton and Tai Laing, and great sa: a plain Latin reading is enough to match on.</summary>
    private static readonly Dictionary<char, string> ExtraConsonants = new (char, string)[]
    {
        ('\u103F', "th"), ('\u1050', "sh"), ('\u1051', "s"), ('\u105A', "ng"), ('\u105B', "jh"), ('\u105C', "b"),
        ('\u105D', "b"), ('\u1061', "sh"), ('\u1065', "th"), ('\u1066', "pw"), ('\u106E', "n"), ('\u106F', "yw"),
        ('\u1070', "ghw"), ('\u1075', "k"), ('\u1076', "kh"), ('\u1077', "g"), ('\u1078', "ts"), ('\u1079', "z"),
        ('\u107A', "ny"), ('\u107B', "d"), ('\u107C', "n"), ('\u107D', "ph"), ('\u107E', "f"), ('\u107F', "b"),
        ('\u1080', "th"), ('\u1081', "h"), ('\u108E', "f"), ('\uA9E0', "gh"), ('\uA9E1', "ch"), ('\uA9E2', "jh"),
        ('\uA9E3', "n"), ('\uA9E4', "bh"), ('\uA9E7', "ny"), ('\uA9E8', "f"), ('\uA9E9', "g"), ('\uA9EA', "gh"),
        ('\uA9EB', "j"), ('\uA9EC', "jh"), ('\uA9ED', "d"), ('\uA9EE', "dh"), ('\uA9EF', "n"), ('\uA9FA', "l"),
        ('\uA9FB', "d"), ('\uA9FC', "dh"), ('\uA9FD', "b"), ('\uA9FE', "bh"), ('\uAA60', "g"), ('\uAA61', "c"),
        ('\uAA62', "ch"), ('\uAA63', "j"), ('\uAA64', "jh"), ('\uAA65', "ny"), ('\uAA66', "t"), ('\uAA67', "th"),
        ('\uAA68', "d"), ('\uAA69', "dh"), ('\uAA6A', "dh"), ('\uAA6B', "n"), ('\uAA6C', "s"), ('\uAA6D', "h"),
        ('\uAA6E', "h"), ('\uAA6F', "f"), ('\uAA71', "x"), ('\uAA72', "z"), ('\uAA73', "r"), ('\uAA74', "oay"),
        ('\uAA75', "qn"), ('\uAA76', "hm"), ('\uAA7A', "r"), ('\uAA7E', "ch"), ('\uAA7F', "sh"),
    }.ToDictionary();

    /// <summary>Vowel signs of Mon, Karen, Kayah, Shan, Aiton and Pali that have no Burmese equivalent in the rhyme table.</summary>
    private static readonly Dictionary<char, string> ExtraVowelSigns = new (char, string)[]
    {
        ('\u1033', "i"), ('\u1034', "o"), ('\u1035', "e"), ('\u1056', "ri"), ('\u1057', "ri"), ('\u1058', "li"),
        ('\u1059', "li"), ('\u1062', "eu"), ('\u1067', "eu"), ('\u1068', "ue"), ('\u1071', "i"), ('\u1072', "oe"),
        ('\u1073', "u"), ('\u1074', "ee"), ('\u1083', "a"), ('\u1084', "e"), ('\u1085', "e"), ('\u1086', "ai"),
        ('\u109C', "a"), ('\u109D', "ai"),
    }.ToDictionary();

    /// <summary>The Mon medials na, ma and la.</summary>
    private static readonly Dictionary<char, string> ExtraMedials =
        new (char, string)[] { ('\u105E', "n"), ('\u105F', "m"), ('\u1060', "l") }.ToDictionary();

    /// <summary>Onsets after which ို is spelt "oe" (Soe, Moe, Toe); after the others it is "o" (Ko, Bo, Phyo, Myo, Nyo).</summary>
    private static readonly HashSet<string> OeOnsets = new(StringComparer.Ordinal)
    {
        "s", "z", "m", "t", "ht", "th", "n", "l", "d", "ph", "w", "hl", "hm", "hn",
    };

    /// <summary>Sign order in <see cref="KeyOf"/>; declared before the exception table, which is built from it.</summary>
    private static readonly (Signs Sign, char Char)[] KeyOrder =
    [
        (Signs.MedialY, '\u103B'), (Signs.MedialR, '\u103C'), (Signs.MedialW, '\u103D'), (Signs.MedialH, '\u103E'),
        (Signs.E, '\u1031'), (Signs.I, '\u102D'), (Signs.Ii, '\u102E'), (Signs.U, '\u102F'), (Signs.Uu, '\u1030'),
        (Signs.Aa, '\u102C'), (Signs.Ai, '\u1032'), (Signs.Anusvara, '\u1036'),
    ];

    /// <summary>
    /// Conventional spellings the rules cannot reach, keyed by syllable with tones other than the creaky dot ignored.
    /// First is used for the first syllable of a name, Later elsewhere; Next, when set, is the syllable that must follow.
    /// Written in Burmese so that the key is parsed exactly as input is.
    /// </summary>
    private static readonly Dictionary<string, SpellingException[]> Exceptions = BuildExceptions(
    [
        ("ဦး", null, "U", "Oo"),        // honorific U before a name, Oo inside one (Ye Win Oo)
        ("ဥ", null, "U", "Oo"),
        ("ထွန်း", null, "Tun", "Tun"),  // rule gives Htun; Tun is the usual spelling
        ("ထူး", null, "Htoo", "Htoo"),
        ("ဝေ", null, "Wai", "Wai"),
        ("ပြည့်", null, "Pyae", "Pyae"), // creaky ပြည့် in given names; plain ပြည် stays Pyi (Nay Pyi Taw)
        ("လတ်", null, "Latt", "Latt"),
        ("မန်း", null, "Mann", "Mann"),
        ("မွန်", null, "Mon", "Mon"),
        ("ကြီး", null, "Kyi", "Gyi"),   // voiced after another syllable (Ko Ko Gyi)
        ("စု", "ကြည်", "Suu", "Suu"),   // Aung San Suu Kyi
    ]);

    private enum CharKind
    {
        Other, Consonant, IndependentVowel, Medial, VowelSign, Anusvara, DotBelow, Visarga, Virama, Asat, ToneMark,
        Digit, Punctuation, Symbol, Break,
    }

    [Flags]
    private enum Signs
    {
        None = 0, MedialY = 1, MedialR = 2, MedialW = 4, MedialH = 8, E = 16, Aa = 32, I = 64, Ii = 128, U = 256,
        Uu = 512, Ai = 1024, Anusvara = 2048, AnyVowel = E | Aa | I | Ii | U | Uu | Ai | Anusvara,
    }

    private enum Nucleus { Inherent, Aa, I, U, E, Ai, Aw, O }

    private enum Coda { None, Silent, K, Ng, C, Ny, Nny, T, N, P, M, Y, L }

    private sealed record SpellingException(string? Next, string First, string Later);

    private static CharKind Classify(char c) => c switch
    {
        >= '\u1000' and <= '\u1021' or '\u103F' or '\u1050' or '\u1051' or (>= '\u105A' and <= '\u105D') or '\u1061'
            or '\u1065' or '\u1066' or (>= '\u106E' and <= '\u1070') or (>= '\u1075' and <= '\u1081') or '\u108E'
            or (>= '\uA9E0' and <= '\uA9E4') or (>= '\uA9E7' and <= '\uA9EF') or (>= '\uA9FA' and <= '\uA9FE')
            or (>= '\uAA60' and <= '\uAA6F') or (>= '\uAA71' and <= '\uAA76') or '\uAA7A' or '\uAA7E' or '\uAA7F'
            => CharKind.Consonant,
        >= '\u1022' and <= '\u102A' or (>= '\u1052' and <= '\u1055') => CharKind.IndependentVowel,
        >= '\u102B' and <= '\u1035' or (>= '\u1056' and <= '\u1059') or '\u1062' or '\u1067' or '\u1068'
            or (>= '\u1071' and <= '\u1074') or (>= '\u1083' and <= '\u1086') or '\u109C' or '\u109D' => CharKind.VowelSign,
        '\u1036' => CharKind.Anusvara,
        '\u1037' => CharKind.DotBelow,
        '\u1038' => CharKind.Visarga,
        '\u1039' => CharKind.Virama,
        '\u103A' => CharKind.Asat,
        >= '\u103B' and <= '\u103E' or (>= '\u105E' and <= '\u1060') or '\u1082' => CharKind.Medial,
        >= '\u1040' and <= '\u1049' or (>= '\u1090' and <= '\u1099') or (>= '\uA9F0' and <= '\uA9F9') => CharKind.Digit,
        '\u104A' or '\u104B' => CharKind.Punctuation,
        >= '\u104C' and <= '\u104F' => CharKind.Symbol,
        '\u1063' or '\u1064' or (>= '\u1069' and <= '\u106D') or (>= '\u1087' and <= '\u108D') or '\u108F' or '\u109A'
            or '\u109B' or '\uA9E5' or (>= '\uAA7B' and <= '\uAA7D') => CharKind.ToneMark,
        '\u200B' => CharKind.Break,
        _ => CharKind.Other,
    };

    private static Signs SignOf(char c) => c switch
    {
        '\u103B' => Signs.MedialY,
        '\u103C' => Signs.MedialR,
        '\u103D' or '\u1082' => Signs.MedialW,
        '\u103E' => Signs.MedialH,
        '\u1031' => Signs.E,
        '\u102B' or '\u102C' => Signs.Aa,
        '\u102D' => Signs.I,
        '\u102E' => Signs.Ii,
        '\u102F' => Signs.U,
        '\u1030' => Signs.Uu,
        '\u1032' => Signs.Ai,
        '\u1036' => Signs.Anusvara,
        _ => Signs.None,
    };

    /// <summary>The reading of one syllable in lower case: a fixed reading, an exception, or onset + rhyme by rule.</summary>
    private static string Read(List<Piece> pieces, int n, bool nameStart)
    {
        var syllable = pieces[n];
        if (syllable.Fixed is not null) return syllable.Fixed;
        if (syllable.Onset == '\0')
        {
            // Signs with no consonant to sit on are typing debris; a bare final spells a foreign final consonant.
            return syllable.Final == '\0' || syllable.HasVowel ? "" : LoanFinal(syllable.Final);
        }
        // Exceptions are name syllables; a syllable closed by a stacked consonant is inside a Pali word and keeps the rules.
        if (!syllable.JoinNext && Exceptions.TryGetValue(KeyOf(syllable), out var candidates))
        {
            var next = n + 1 < pieces.Count && pieces[n + 1].Kind == PieceKind.Syllable ? KeyOf(pieces[n + 1]) : null;
            foreach (var candidate in candidates)
            {
                if (candidate.Next is null || string.Equals(candidate.Next, next, StringComparison.Ordinal))
                {
                    return (nameStart ? candidate.First : candidate.Later).ToLowerInvariant();
                }
            }
        }
        return ByRule(syllable);
    }

    private static string ByRule(Piece syllable)
    {
        var signs = syllable.Signs;
        var onsetChar = syllable.Onset;
        var implicitNucleus = Nucleus.Inherent;
        string onset;
        if (onsetChar is >= '\u1000' and <= '\u1021') onset = BaseOnsets[onsetChar - '\u1000'];
        else if (Classify(onsetChar) == CharKind.IndependentVowel) (onset, implicitNucleus) = IndependentVowel(onsetChar);
        else onset = ExtraConsonants.GetValueOrDefault(onsetChar, "");

        if (onsetChar == '\u101E' && (signs & (Signs.MedialR | Signs.MedialY | Signs.MedialW | Signs.MedialH)) == Signs.MedialR)
        {
            // သြ is the usual way of typing the vowel letter ဩ ("aw").
            onset = "";
            implicitNucleus = Nucleus.Aw;
            signs &= ~Signs.MedialR;
        }
        var zero = onset.Length == 0;

        var nucleus = NucleusOf(signs, implicitNucleus);
        var coda = CodaOf(syllable.Final);
        if (coda == Coda.None && (signs & Signs.Anusvara) != 0) coda = Coda.M;
        var withW = (signs & Signs.MedialW) != 0;

        string rhyme;
        if (syllable.ExtraVowel is not null && nucleus == implicitNucleus)
        {
            rhyme = syllable.ExtraVowel + CodaLetters(coda);
        }
        else if (withW && nucleus == Nucleus.Inherent && coda is Coda.T or Coda.P or Coda.N or Coda.M)
        {
            // The wa medial before a stop or nasal final is the vowel u: ထွဋ် Htut, ညွန့် Nyunt.
            rhyme = coda is Coda.T or Coda.P ? "ut" : "un";
            withW = false;
        }
        else
        {
            rhyme = Rhyme(nucleus, coda);
        }

        var composed = ComposeOnset(onsetChar, onset, signs) + syllable.ExtraMedial;
        if (rhyme == "ay" && (withW || (!zero && onsetChar is '\u101A' or '\u101B' && composed.Length == 1))) rhyme = "e";
        if (rhyme == "o" && !zero && OeOnsets.Contains(composed)) rhyme = "oe";
        if (syllable.Dot && rhyme.EndsWith('n')) rhyme += "t";
        if (zero && rhyme == "ay") rhyme = "aye";
        if (zero && rhyme == "one") rhyme = "ohn";
        return (withW ? composed + "w" : composed) + rhyme;
    }

    private static string ComposeOnset(char onsetChar, string onset, Signs signs)
    {
        var y = (signs & (Signs.MedialY | Signs.MedialR)) != 0;
        var h = (signs & Signs.MedialH) != 0;
        if (h && (onsetChar is '\u101A' or '\u101B' || (onsetChar == '\u101C' && y))) return "sh";
        if (y && !onset.EndsWith('y'))
        {
            onset = onsetChar switch
            {
                '\u1000' => "ky",
                '\u1001' => "ch",
                '\u1002' or '\u1003' => "gy",
                '\u1004' => "ny",
                _ => onset + "y",
            };
        }
        return h ? "h" + onset : onset;
    }

    private static (string Onset, Nucleus Nucleus) IndependentVowel(char c) => c switch
    {
        '\u1023' or '\u1024' => ("", Nucleus.I),
        '\u1025' or '\u1026' => ("", Nucleus.U),
        '\u1027' or '\u1028' => ("", Nucleus.E),
        '\u1029' or '\u102A' => ("", Nucleus.Aw),
        '\u1052' or '\u1053' => ("r", Nucleus.I),
        '\u1054' or '\u1055' => ("l", Nucleus.I),
        _ => ("", Nucleus.Inherent),
    };

    private static Nucleus NucleusOf(Signs signs, Nucleus implicitNucleus)
    {
        bool Has(Signs s) => (signs & s) != 0;
        if (Has(Signs.E)) return Has(Signs.Aa) ? Nucleus.Aw : Nucleus.E;
        if (Has(Signs.I | Signs.Ii)) return Has(Signs.U | Signs.Uu) ? Nucleus.O : Nucleus.I;
        if (Has(Signs.U | Signs.Uu)) return Nucleus.U;
        if (Has(Signs.Ai)) return Nucleus.Ai;
        return Has(Signs.Aa) ? Nucleus.Aa : implicitNucleus;
    }

    private static Coda CodaOf(char final) => final switch
    {
        '\0' => Coda.None,
        >= '\u1000' and <= '\u1003' => Coda.K,
        '\u1004' => Coda.Ng,
        >= '\u1005' and <= '\u1008' => Coda.C,
        '\u1009' => Coda.Ny,
        '\u100A' => Coda.Nny,
        '\u100F' or '\u1014' => Coda.N,
        >= '\u100B' and <= '\u1013' or '\u101E' or '\u103F' => Coda.T,
        >= '\u1015' and <= '\u1018' => Coda.P,
        '\u1019' => Coda.M,
        '\u101A' => Coda.Y,
        '\u101C' or '\u1020' => Coda.L,
        _ => Coda.Silent,
    };

    /// <summary>The rhyme table: vowel by final. Finals only ever show their class, as in speech (-k, -t, -p all "glottal").</summary>
    private static string Rhyme(Nucleus nucleus, Coda coda) => (nucleus, coda) switch
    {
        (_, Coda.None or Coda.Silent) => Open(nucleus),
        (Nucleus.I, Coda.K or Coda.P) => "eik",
        (Nucleus.O, Coda.K) => "aik",
        (Nucleus.Aw, Coda.K) => "auk",
        (Nucleus.U or Nucleus.O, Coda.K or Coda.T or Coda.P) => "ok",
        (_, Coda.K) => "et",
        (Nucleus.O, Coda.Ng) => "aing",
        (Nucleus.Aw, Coda.Ng) => "aung",
        (Nucleus.I, Coda.Ng) => "ein",
        (Nucleus.U, Coda.Ng) => "ong",
        (_, Coda.Ng or Coda.Ny) => "in",
        (_, Coda.C) => "it",
        (_, Coda.Nny) => "i",
        (Nucleus.I, Coda.T) => "eit",
        (Nucleus.Aw, Coda.T) => "aut",
        (_, Coda.T or Coda.P) => "at",
        (Nucleus.I, Coda.N or Coda.M or Coda.L) => "ein",
        (Nucleus.U, Coda.N or Coda.M or Coda.L) or (Nucleus.O, Coda.N or Coda.M) => "one",
        (Nucleus.Aw, Coda.N or Coda.M) => "aun",
        (Nucleus.O, Coda.L) => "o",
        (_, Coda.N or Coda.M or Coda.L) => "an",
        (Nucleus.Inherent or Nucleus.Aa, Coda.Y) => "e",
        _ => Open(nucleus),
    };

    private static string Open(Nucleus nucleus) => nucleus switch
    {
        Nucleus.Aa => "ar",
        Nucleus.I => "i",
        Nucleus.U => "u",
        Nucleus.E => "ay",
        Nucleus.Ai => "e",
        Nucleus.Aw => "aw",
        Nucleus.O => "o",
        _ => "a",
    };

    private static string CodaLetters(Coda coda) => coda switch
    {
        Coda.K => "k",
        Coda.Ng => "ng",
        Coda.C or Coda.T => "t",
        Coda.Ny or Coda.Nny or Coda.N => "n",
        Coda.P => "p",
        Coda.M => "m",
        Coda.Y => "y",
        Coda.L => "l",
        _ => "",
    };

    /// <summary>A final written alone spells a foreign final consonant: (လ်) is "l", (စ်) "s", (င်) "ng".</summary>
    private static string LoanFinal(char c) => c switch
    {
        '\u1005' or '\u1006' => "s",
        '\u1016' => "f",
        '\u101A' => "y",
        '\u101B' => "r",
        '\u1001' => "k",
        '\u1011' or '\u100C' => "t",
        '\u1018' => "b",
        _ => c is >= '\u1000' and <= '\u1021' ? BaseOnsets[c - '\u1000'] : ExtraConsonants.GetValueOrDefault(c, ""),
    };

    /// <summary>The syllable as a canonical string: onset, medials, vowels, final; tones dropped except the creaky dot.</summary>
    private static string KeyOf(Piece syllable)
    {
        var key = new StringBuilder(8);
        if (syllable.Onset != '\0') key.Append(syllable.Onset);
        foreach (var (sign, c) in KeyOrder)
        {
            if ((syllable.Signs & sign) != 0) key.Append(c);
        }
        if (syllable.Final != '\0') key.Append(syllable.Final);
        if (syllable.Dot) key.Append('\u1037');
        if (syllable.Final != '\0') key.Append('\u103A');
        return key.ToString();
    }

    private static Dictionary<string, SpellingException[]> BuildExceptions(
        (string Syllable, string? Next, string First, string Later)[] table)
    {
        var byKey = new Dictionary<string, List<SpellingException>>(StringComparer.Ordinal);
        foreach (var (syllable, next, first, later) in table)
        {
            var key = KeyOf(Segment(Clean(syllable))[0]);
            var nextKey = next is null ? null : KeyOf(Segment(Clean(next))[0]);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(new SpellingException(nextKey, first, later));
        }
        // Context-bound entries are tried before the unconditional ones for the same syllable.
        return byKey.ToDictionary(
            p => p.Key, p => p.Value.OrderBy(e => e.Next is null).ToArray(), StringComparer.Ordinal);
    }
}
