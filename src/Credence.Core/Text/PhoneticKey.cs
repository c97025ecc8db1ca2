using System.Text;

namespace Credence.Core.Text;

/// <summary>
/// A consonant-skeleton phonetic key for Latin-script name tokens, built for cross-spelling and cross-script names: "scholz" and
/// "schulze" share "SLS"; "natanyahu" and "netanyahu" share "NTNH"; "brk" (Arabic "Barack" romanised without vowels) and "barack"
/// share "BRK". Only the first letter keeps a vowel (as "A"), so names that begin alike stay apart from names that do not.
/// </summary>
public static class PhoneticKey
{
    /// <summary>Computes the key of a lower-case ASCII token. Returns "" for tokens without letters.</summary>
    public static string Of(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var sb = new StringBuilder(token.Length);
        var i = 0;
        var n = token.Length;
        var last = '\0';
        while (i < n)
        {
            var c = token[i];
            var next = i + 1 < n ? token[i + 1] : '\0';
            var next2 = i + 2 < n ? token[i + 2] : '\0';
            char code;
            var advance = 1;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y':
                    code = sb.Length == 0 ? 'A' : '\0';
                    break;
                case 'b':
                    code = 'B';
                    break;
                case 'p':
                    code = next == 'h' ? 'F' : 'P';
                    advance = next == 'h' ? 2 : 1;
                    break;
                case 'f' or 'v' or 'w':
                    code = c == 'f' ? 'F' : (sb.Length == 0 ? 'V' : (c == 'w' ? '\0' : 'F'));
                    break;
                case 'c':
                    if (next == 'h') { code = 'S'; advance = 2; }
                    else if (next == 'k') { code = 'K'; advance = 2; }
                    else if (next is 'e' or 'i' or 'y') code = 'S';
                    else code = 'K';
                    break;
                case 's':
                    if (next == 'c' && next2 == 'h') { code = 'S'; advance = 3; }
                    else if (next == 'h') { code = 'S'; advance = 2; }
                    else code = 'S';
                    break;
                case 'z':
                    code = next == 'h' ? 'J' : 'S';
                    advance = next == 'h' ? 2 : 1;
                    break;
                case 'x':
                    if (sb.Length == 0 || sb[^1] != 'K') sb.Append('K');
                    code = 'S';
                    break;
                case 'k' or 'q':
                    code = 'K';
                    advance = next == 'h' ? 2 : 1;
                    break;
                case 'g':
                    code = 'K';
                    if (next == 'h') advance = 2;
                    break;
                case 'j':
                    code = 'J';
                    break;
                case 't':
                    if (next == 's' || next == 'z') { code = 'S'; advance = 2; }
                    else if (next == 'h') { code = 'T'; advance = 2; }
                    else code = 'T';
                    break;
                case 'd':
                    if (next == 'j') { code = 'J'; advance = 2; }
                    else { code = 'T'; advance = next == 'h' ? 2 : 1; }
                    break;
                case 'h':
                    // A final h is silent ("allah", "shah"); elsewhere it is a real consonant in Arabic and Persian names.
                    code = next == '\0' ? '\0' : 'H';
                    break;
                case 'l' or 'm' or 'n' or 'r':
                    code = char.ToUpperInvariant(c);
                    break;
                default:
                    code = char.IsAsciiLetter(c) ? char.ToUpperInvariant(c) : '\0';
                    break;
            }
            // Only adjacent letters collapse ("ll", "ck"): a vowel between two m's keeps both, so "mahmoud" is not "mahoud".
            if (code != '\0' && code != last) sb.Append(code);
            last = code;
            i += advance;
        }
        return sb.ToString();
    }
}
