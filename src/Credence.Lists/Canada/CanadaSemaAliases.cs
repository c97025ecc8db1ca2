using System.Text;
using System.Text.RegularExpressions;

namespace Credence.Lists.Canada;

/// <summary>
/// Splits the SEMA Aliases cell into names. The cell is a comma-separated list, but commas also occur inside names: in parentheses
/// and quotes ("Добровольное общество содействия армии, авиации и флоту России" in «»), before a legal form ("Банк Зенит, ПАО"), and
/// in long Russian official names continued in lower case. Semicolons and line breaks also separate names in newer records.
/// </summary>
public static partial class CanadaSemaAliases
{
    // A fragment that is only a legal form belongs to the name before it ("Конкорд Менеджмент и консалтинг, ООО").
    private static readonly HashSet<string> LegalForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Ltd", "LLC", "L.L.C", "LLP", "LP", "PLC", "Co", "Corp", "Company", "Limited", "S.A", "SA", "SARL", "S.A.R.L", "GmbH", "AG",
        "JSC", "PJSC", "OJSC", "CJSC", "OAO", "ZAO", "OOO", "PAO", "AO", "FZE", "FZCO", "FZC", "FZ-LLC", "Pte", "Pte. Ltd", "BV", "B.V",
        "NV", "N.V", "SRL", "S.R.L", "SpA", "S.p.A", "KG", "LTD", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ОДО", "УП", "ЧУП", "ТОВ",
        "ПАТ", "ПрАТ",
    };

    // Leading words that join names in prose ("Alexander, or Alexandr Valerievich Kalinin").
    private static readonly string[] Connectors = ["or ", "also ", "and "];

    /// <summary>The names in <paramref name="cell"/>, trimmed, with inner runs of white space made single spaces, without duplicates.</summary>
    public static IReadOnlyList<string> Split(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var names = new List<string>();
        foreach (var fragment in Merge(Fragments(cell)))
        {
            var name = Clean(fragment);
            if (name.Any(char.IsLetterOrDigit) && !names.Contains(name, StringComparer.Ordinal)) names.Add(name);
        }

        return names;
    }

    /// <summary>The text between top-level separators. Brackets and quotes protect commas only when they are balanced in the cell, so
    /// one stray quote cannot swallow the rest of the list.</summary>
    private static List<(string Text, char Separator)> Fragments(string cell)
    {
        var pairs = new List<(char Open, char Close)>();
        foreach (var pair in new[] { ('(', ')'), ('[', ']'), ('«', '»'), ('“', '”') })
        {
            if (cell.Count(c => c == pair.Item1) == cell.Count(c => c == pair.Item2)) pairs.Add(pair);
        }

        var straightQuotes = cell.Count(c => c == '"') % 2 == 0;
        var fragments = new List<(string Text, char Separator)>();
        var depth = 0;
        var inQuote = false;
        var start = 0;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (straightQuotes && c == '"') inQuote = !inQuote;
            else if (pairs.Exists(p => p.Open == c)) depth++;
            else if (pairs.Exists(p => p.Close == c)) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && !inQuote && c is ',' or ';' or '\n' or '\r')
            {
                fragments.Add((cell[start..i], c));
                start = i + 1;
            }
        }

        fragments.Add((cell[start..], '\0'));
        return fragments;
    }

    /// <summary>Joins fragments that continue the one before, with the separator that stood between them (a line break becomes a
    /// space when the name is cleaned).</summary>
    private static IEnumerable<string> Merge(List<(string Text, char Separator)> fragments)
    {
        string? pending = null;
        var separator = '\0';
        foreach (var (text, next) in fragments)
        {
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                if (pending is not null && ContinuesPrevious(trimmed))
                {
                    pending = pending + separator + " " + trimmed;
                }
                else
                {
                    if (pending is not null) yield return pending;
                    pending = trimmed;
                }
            }

            separator = next;
        }

        if (pending is not null) yield return pending;
    }

    /// <summary>A legal form alone, or a fragment starting with a lower-case Cyrillic letter (Russian registered names run on in
    /// lower case after commas; English aliases start with a capital or an article, which is kept as its own name).</summary>
    private static bool ContinuesPrevious(string fragment) =>
        LegalForms.Contains(fragment.TrimEnd('.'))
        || (char.IsLower(fragment[0]) && fragment[0] is >= '\u0400' and <= '\u04FF');

    private static string Clean(string fragment)
    {
        var sb = new StringBuilder(fragment.Length);
        foreach (var part in fragment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(part);
        }

        var name = sb.ToString();
        foreach (var connector in Connectors)
        {
            if (name.StartsWith(connector, StringComparison.Ordinal)) name = name[connector.Length..];
        }

        // "Belarusian: Андрэй ..." labels the language of the name that follows; the label is not part of the name.
        return LanguageLabel().Replace(name, "").Trim();
    }

    [GeneratedRegex(@"^[A-Z][a-z]{2,11}\s?:\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLabel();
}
