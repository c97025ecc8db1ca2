using System.Globalization;
using System.Text;

namespace Credence.Core.Entities;

public static partial class Countries
{

    /// <summary>
    /// Resolves a country name, alpha-2 or alpha-3 code to its lower-case ISO 3166-1 alpha-2 code
    /// ("Burma" -> "mm", "RUS" -> "ru", "Iran (Islamic Republic of)" -> "ir"). Returns null when unknown.
    /// Case, accents and punctuation do not matter.
    /// </summary>
    public static string? ToCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = Key(text);
        if (key.Length == 0) return null;
        return Lookup.ByKey.TryGetValue(key, out var code) ? code : null;
    }

    /// <summary>The code when the text is a known country, else the trimmed text itself (kept, never lost).</summary>
    public static string Normalize(string text) => ToCode(text) ?? text.Trim();

    /// <summary>True when <paramref name="code"/> is a known lower- or upper-case alpha-2 code.</summary>
    public static bool IsCode(string code) => code.Length == 2 && Lookup.Codes.Contains(code.ToLowerInvariant());

    /// <summary>The English name of an alpha-2 code, or null.</summary>
    public static string? NameOf(string code)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Alpha2, code, StringComparison.OrdinalIgnoreCase)) return row.Name;
        }
        return null;
    }

    private static Dictionary<string, string> BuildIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alpha2, alpha3, name, aliases) in Table)
        {
            var code = alpha2.ToLowerInvariant();
            index.TryAdd(Key(alpha2), code);
            index.TryAdd(Key(alpha3), code);
            index.TryAdd(Key(name), code);
            // "Myanmar (Burma)" is also known as "Myanmar"; "Congo - Kinshasa" as "Congo Kinshasa".
            var paren = name.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0) index.TryAdd(Key(name[..paren]), code);
            foreach (var alias in aliases) index.TryAdd(Key(alias), code);
        }
        return index;
    }

    private static string Key(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var ch in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else if (ch == '&')
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append("and");
                space = true;
            }
            else
            {
                space = true;
            }
        }
        var key = sb.ToString();
        if (key.StartsWith("the ", StringComparison.Ordinal)) key = key[4..];
        // Spacing and apostrophes vary ("Cote d'Ivoire", "Cote d Ivoire", "Cote dIvoire"): the key has none.
        return key.Replace(" ", "", StringComparison.Ordinal);
    }

    // A nested holder so the index is built on first use, after Table (in the other part of this class) is initialised.
    private static class Lookup
    {
        public static readonly Dictionary<string, string> ByKey = BuildIndex();
        public static readonly HashSet<string> Codes = Table.Select(r => r.Alpha2.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }
}
