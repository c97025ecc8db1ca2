namespace Credence.Core.Text;

/// <summary>
/// Signatures of the legacy Zawgyi font encoding, which reuses Myanmar code points for different letters and stores
/// text in visual order, and a mapping of its common code points to Unicode. The mapping covers medials, the killer,
/// vowel-sign variants and stacked consonants; rarer ligatures are left out and read as nothing.
/// </summary>
internal static class MyanmarZawgyi
{
    /// <summary>Zawgyi's stacked (subscript) consonant glyphs and the consonant each stacks.</summary>
    private static readonly Dictionary<char, char> StackedConsonants = new (char, char)[]
    {
        ('\u1060', '\u1000'), ('\u1061', '\u1001'), ('\u1062', '\u1002'), ('\u1063', '\u1003'), ('\u1065', '\u1005'),
        ('\u1066', '\u1006'), ('\u1067', '\u1006'), ('\u1068', '\u1007'), ('\u1069', '\u1008'), ('\u106C', '\u100B'),
        ('\u106D', '\u100C'), ('\u1070', '\u100F'), ('\u1071', '\u1010'), ('\u1072', '\u1010'), ('\u1073', '\u1011'),
        ('\u1074', '\u1011'), ('\u1075', '\u1012'), ('\u1076', '\u1013'), ('\u1077', '\u1014'), ('\u1078', '\u1015'),
        ('\u1079', '\u1016'), ('\u107A', '\u1017'), ('\u107B', '\u1018'), ('\u107C', '\u1019'), ('\u1085', '\u101C'),
    }.ToDictionary();

    /// <summary>
    /// True when <paramref name="text"/> carries a Zawgyi signature. Strong signatures are impossible in well-formed
    /// Unicode: U+1039 not followed by a consonant (Zawgyi's killer) and U+103B or U+107E-U+1084 (Zawgyi's ra medial)
    /// before a consonant where no consonant precedes. The weak one, the e vowel sign before a consonant where no
    /// consonant or medial precedes, is also what visual-order typing in Unicode produces.
    /// </summary>
    public static bool HasSignature(ReadOnlySpan<char> text, bool strongOnly)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var prev = i > 0 ? text[i - 1] : '\0';
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '\u1039' && !IsConsonant(next)) return true;
            if ((c == '\u103B' || IsRaVariant(c)) && !IsConsonant(prev) && IsConsonant(next)) return true;
            if (!strongOnly && c == '\u1031' && !IsConsonant(prev) && !IsMedial(prev)
                && (IsConsonant(next) || next is '\u103B' or '\u103C' || IsRaVariant(next)))
            {
                return true;
            }
        }
        return false;
    }

    public static bool HasSignature(List<char> text, bool strongOnly) =>
        HasSignature(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(text), strongOnly);

    /// <summary>Maps Zawgyi code points to Unicode ones and moves the pre-base e vowel and ra medial after their consonant.</summary>
    public static List<char> ToUnicode(List<char> text)
    {
        var output = new List<char>(text.Count + 8);
        for (var i = 0; i < text.Count; i++)
        {
            var c = text[i];
            var j = i;
            while (j < text.Count && IsPreBase(text[j])) j++;
            if (j > i && j < text.Count && IsConsonant(text[j]))
            {
                // Zawgyi stores the e vowel and the ra medial before their consonant; Unicode stores them after it.
                Map(text[j], output);
                for (var k = i; k < j; k++) output.Add(text[k] == '\u1031' ? '\u1031' : '\u103C');
                i = j;
                continue;
            }
            Map(c, output);
        }
        return output;
    }

    private static void Map(char c, List<char> output)
    {
        switch (c)
        {
            case '\u1039': output.Add('\u103A'); break; // always the killer in Zawgyi, which stacks with glyphs
            case '\u103A': output.Add('\u103B'); break;
            case '\u103B': output.Add('\u103C'); break;
            case '\u103C': output.Add('\u103D'); break;
            case '\u103D' or '\u1087': output.Add('\u103E'); break;
            case '\u1033': output.Add('\u102F'); break;
            case '\u1034': output.Add('\u1030'); break;
            case '\u1088': output.AddRange(['\u103E', '\u102F']); break;
            case '\u1089': output.AddRange(['\u103E', '\u1030']); break;
            case '\u108A': output.AddRange(['\u103D', '\u103E']); break;
            case '\u105A': output.AddRange(['\u102B', '\u103A']); break;
            case '\u1094' or '\u1095': output.Add('\u1037'); break;
            case '\u106A': output.Add('\u1009'); break;
            case '\u106B': output.Add('\u100A'); break;
            case '\u108F': output.Add('\u1014'); break;
            case '\u1090': output.Add('\u101B'); break;
            case '\u1086': output.Add('\u103F'); break;
            case '\u108B': output.Add('\u102D'); break;
            case '\u108C': output.Add('\u102E'); break;
            case '\u108D': output.Add('\u1036'); break;
            case '\u108E': output.AddRange(['\u102D', '\u1036']); break;
            case '\u1064':
                // Zawgyi draws kinzi after the consonant it sits on; Unicode stores it before that consonant.
                var at = output.Count > 0 && IsConsonant(output[^1]) ? output.Count - 1 : output.Count;
                output.InsertRange(at, ['\u1004', '\u103A', '\u1039']);
                break;
            default:
                if (IsRaVariant(c)) output.Add('\u103C');
                else if (StackedConsonants.TryGetValue(c, out var stacked)) output.AddRange(['\u1039', stacked]);
                else output.Add(c);
                break;
        }
    }

    private static bool IsPreBase(char c) => c is '\u1031' or '\u103B' || IsRaVariant(c);

    private static bool IsConsonant(char c) => c is (>= '\u1000' and <= '\u1021') or '\u103F' or '\u106A' or '\u106B' or '\u108F' or '\u1090';

    private static bool IsMedial(char c) => c is >= '\u103B' and <= '\u103E';

    private static bool IsRaVariant(char c) => c is >= '\u107E' and <= '\u1084';
}
