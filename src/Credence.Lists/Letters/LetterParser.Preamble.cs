using System.Globalization;
using System.Text.RegularExpressions;

namespace Credence.Lists.Letters;

/// <summary>The parts of a letter before its signatory list: title, date, addressees, demands, contacts and the stated count.</summary>
public static partial class LetterParser
{
    // Lines longer than this are paragraphs, never a heading, a date or a salutation line; checking them would only cost time.
    private const int MaxHeadingLength = 300;

    private static readonly string[] DateFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "yyyy-MM-dd", "d MMMM, yyyy",
    ];

    // Plural titles after which a salutation line names several people ("Vice Presidents A and B") or heads a group of lines.
    private static readonly Dictionary<string, string> RolePlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Presidents"] = "President",
        ["Delegates"] = "Delegate",
        ["Members"] = "Member",
        ["Ministers"] = "Minister",
        ["Representatives"] = "Representative",
        ["Secretaries"] = "Secretary",
        ["Commissioners"] = "Commissioner",
        ["Directors"] = "Director",
        ["Ambassadors"] = "Ambassador",
        ["Judges"] = "Judge",
        ["Rapporteurs"] = "Rapporteur",
        ["Officers"] = "Officer",
        ["Chairs"] = "Chair",
        ["Envoys"] = "Envoy",
        ["Governors"] = "Governor",
    };

    private static int FindSignatoryHeading(List<string> lines) =>
        lines.FindIndex(l => l.Length <= MaxHeadingLength && SignatoryHeading().IsMatch(l));

    private static bool IsContactsHeading(string line) => line.Length <= MaxHeadingLength && ContactsHeading().IsMatch(line);

    /// <summary>The "Subject:" line, else the first short line that is not a date, an address line or a salutation.</summary>
    private static string FindTitle(List<string> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            var match = Subject().Match(lines[i]);
            if (match.Success && lines[i].Length <= MaxHeadingLength * 2) return Collapse(match.Groups[1].Value);
        }
        for (var i = 0; i < end; i++)
        {
            var line = lines[i].TrimStart('#', ' ').Trim();
            if (line.Length == 0 || line.Length > MaxHeadingLength || TryParseDate(line, out _)) continue;
            if (AddressLine().IsMatch(line) || Salutation().IsMatch(line)) continue;
            return Collapse(line);
        }
        return "";
    }

    private static DateOnly? FindDate(List<string> lines, int end)
    {
        for (var i = 0; i < end; i++)
        {
            if (lines[i].Length <= 60 && TryParseDate(lines[i], out var date)) return date;
        }
        return null;
    }

    /// <summary>A whole line that is a date: "22 November 2021", "November 22, 2021", "2021-11-22", "Date: 22nd Nov 2021".</summary>
    private static bool TryParseDate(string line, out DateOnly date)
    {
        var text = DatePrefix().Replace(line, "");
        text = Ordinal().Replace(text.TrimEnd('.', ' '), "$1");
        return DateOnly.TryParseExact(Collapse(text), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>
    /// The salutation block ("Dear ..." to the first blank line), one entry per person or body; without one, the "To:" line split
    /// on semicolons. See docs/letters.md for how titles such as "Vice Presidents A and B" are shared out.
    /// </summary>
    private static List<string> FindAddressees(List<string> lines, int end)
    {
        var dear = lines.FindIndex(0, end, l => l.Length <= MaxHeadingLength && Salutation().IsMatch(l));
        if (dear >= 0)
        {
            var block = new List<string> { Salutation().Replace(lines[dear], "") };
            for (var i = dear + 1; i < end && lines[i].Length > 0 && lines[i].Length <= MaxHeadingLength; i++) block.Add(lines[i]);
            var fromSalutation = SalutationEntries(block.SelectMany(l => l.Split(';')).Select(CleanAddressee).Where(a => a.Length > 0).ToList());
            if (fromSalutation.Count > 0) return fromSalutation;
        }
        var to = lines.FindIndex(0, end, l => AddressLine().IsMatch(l));
        if (to < 0) return [];
        var parts = new List<string> { AddressLine().Replace(lines[to], "") };
        for (var i = to + 1; i < end && lines[i].Length > 0 && lines[i].Length <= MaxHeadingLength; i++) parts.Add(lines[i]);
        return [.. parts.SelectMany(l => l.Split(';')).Select(CleanAddressee).Where(a => a.Length > 0)];
    }

    private static List<string> SalutationEntries(List<string> entries)
    {
        var result = new List<string>();
        string? heading = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (StartsWithAnd(entries, i, out var rest))
            {
                // "and Member Countries" closes a group: it is a body of its own.
                heading = null;
                result.Add(rest);
                continue;
            }
            var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var role = Array.FindIndex(words, w => RolePlurals.ContainsKey(w));
            if (role >= 0 && (role == words.Length - 1 || char.IsUpper(words[role + 1][0])))
            {
                var title = string.Join(' ', words[..role].Append(RolePlurals[words[role]]));
                if (role == words.Length - 1)
                {
                    heading = title;
                    // A group title with nobody after it is itself the addressee.
                    if (i == entries.Count - 1 || StartsWithAnd(entries, i + 1, out _)) result.Add(entry);
                    continue;
                }
                foreach (var name in NameList().Split(string.Join(' ', words[(role + 1)..])).Select(n => n.Trim()).Where(n => n.Length > 0))
                {
                    result.Add(title + " " + name);
                }
                continue;
            }
            result.Add(heading is null ? entry : heading + " " + entry);
        }
        return result;
    }

    private static bool StartsWithAnd(List<string> entries, int i, out string rest)
    {
        var match = LeadingAnd().Match(entries[i]);
        rest = match.Success ? entries[i][match.Length..].Trim() : entries[i];
        return match.Success && rest.Length > 0;
    }

    private static string CleanAddressee(string text) => Collapse(text).Trim(',', ';', ':', '.', ' ');

    /// <summary>The bullet list after a line such as "We therefore call on X to:".</summary>
    private static List<string> FindDemands(List<string> lines, int end)
    {
        var demands = new List<string>();
        var intro = lines.FindIndex(0, end, l => l.Length <= MaxHeadingLength && DemandsIntro().IsMatch(l));
        if (intro < 0) return demands;
        var previousBlank = false;
        for (var i = intro + 1; i < end; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }
            var bullet = Bullet().Match(line);
            if (bullet.Success)
            {
                demands.Add(Collapse(line[bullet.Length..]));
            }
            else if (demands.Count > 0 && !previousBlank)
            {
                // A bullet wrapped onto the next line.
                demands[^1] = Collapse(demands[^1] + " " + line);
            }
            else
            {
                break;
            }
            previousBlank = false;
        }
        return demands;
    }

    /// <summary>The lines after a heading such as "For more information, please contact:" up to the first blank line after them.</summary>
    private static List<LetterContact> FindContacts(List<string> lines)
    {
        var contacts = new List<LetterContact>();
        var heading = lines.FindIndex(IsContactsHeading);
        if (heading < 0) return contacts;
        for (var i = heading + 1; i < lines.Count && contacts.Count < 100; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                if (contacts.Count > 0) break;
                continue;
            }
            if (line.Length > MaxHeadingLength || SignatoryHeading().IsMatch(line)) break;
            if (ParseContact(line) is { } contact) contacts.Add(contact);
        }
        return contacts;
    }

    /// <summary>"Name, Organisation, email" (also "Name (Organisation) - email"); the parts after the name are the organisation.</summary>
    private static LetterContact? ParseContact(string line)
    {
        var email = Email().Match(line);
        var rest = email.Success ? line.Remove(email.Index, email.Length) : line;
        rest = ContactLabels().Replace(rest, " ");
        var parts = rest.Split([',', '|', ';'], StringSplitOptions.TrimEntries)
            .Select(p => p.Trim('-', '–', '—', ':', '<', '>', '(', ')', ' '))
            .Where(p => p.Length > 0 && !PhoneNumber().IsMatch(p))
            .ToList();
        if (parts.Count == 1 && NameWithOrganisation().Match(parts[0]) is { Success: true } paren)
        {
            parts = [paren.Groups[1].Value.Trim(), paren.Groups[2].Value.Trim()];
        }
        if (parts.Count == 0) return null;
        var organisation = parts.Count > 1 ? string.Join(", ", parts.Skip(1)) : null;
        return new LetterContact(Collapse(parts[0]), organisation is null ? null : Collapse(organisation), email.Success ? email.Value : null);
    }

    /// <summary>The count the preamble states: "the undersigned 259 organizations", "signed by 12 groups", "40 organisations have signed".</summary>
    private static int? FindStatedCount(List<string> lines, int end)
    {
        // Joined, so a statement wrapped across lines or a page break is still found.
        var preamble = string.Join(' ', lines.Take(end));
        Match? first = null;
        foreach (var match in new[] { Undersigned().Match(preamble), SignedByCount().Match(preamble), CountHaveSigned().Match(preamble) })
        {
            if (match.Success && (first is null || match.Index < first.Index)) first = match;
        }
        return first is not null && int.TryParse(first.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None,
            CultureInfo.InvariantCulture, out var count) ? count : null;
    }

    /// <summary>Endorsements the letter counts but withholds: "and 5 organisations that cannot be named for security reasons".</summary>
    private static int FindAnonymousCount(List<string> lines)
    {
        foreach (var line in lines)
        {
            if (AnonymousCount(line) is { } count) return count;
        }
        return 0;
    }

    private static int? AnonymousCount(string line)
    {
        var match = Anonymous().Match(line);
        if (!match.Success) match = AnonymousWord().Match(line);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
    }

    [GeneratedRegex(
        @"^(?:signed\s+by|co-?signed\s+by|endorsed\s+by|signator(?:y|ies)(?:\s+organi[sz]ations)?|list\s+of\s+signatories|endorsing\s+organi[sz]ations|undersigned\s+organi[sz]ations)(?:\s*\([^()]{0,60}\))?\s*:?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignatoryHeading();

    [GeneratedRegex(@"^[^:]{0,120}\bcontacts?\b[^:]{0,60}:$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactsHeading();

    [GeneratedRegex(@"^(?:subject|re)\s*:\s*(.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"^to\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressLine();

    [GeneratedRegex(@"^dear\b\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameList();

    [GeneratedRegex(@"^(?:date\s*:\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(?:call(?:s|ing)?\s+(?:up)?on|urges?|asks?|requests?|appeals?|demands?)\b.*\bto\s*:$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DemandsIntro();

    [GeneratedRegex(@"^(?:[-*•·–—]|\d{1,3}[.)]|[a-z][.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:e-?mail|mailto|tel|phone)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabels();

    [GeneratedRegex(@"^\+?[\d\s().-]{6,}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^([^()]+)\(([^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithOrganisation();

    [GeneratedRegex(@"\bundersigned\s+(\d{1,3}(?:,\d{3})+|\d{1,7})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Undersigned();

    [GeneratedRegex(
        @"\b(?:signed|endorsed|supported)\s+by\s+(\d{1,3}(?:,\d{3})+|\d{1,7})\s+(?:[a-z-]+\s+){0,3}?(?:organi[sz]ations|groups|signatories|ngos|csos|networks|individuals|unions|coalitions|movements)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignedByCount();

    [GeneratedRegex(
        @"\b(\d{1,3}(?:,\d{3})+|\d{1,7})\s+(?:[a-z-]+\s+){0,3}?(?:organi[sz]ations|groups|ngos|csos)\s+(?:have\s+)?(?:signed|endorsed)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountHaveSigned();

    [GeneratedRegex(
        @"\b(\d{1,6})\s+(?:[a-z-]+\s+){0,3}?(?:organi[sz]ations?|groups?|signatories|signatory|endorsers?|individuals?|people|persons?)\s+(?:that|who|which|whose\s+names)\s+(?:cannot|can\s+not|could\s+not|can't|do\s+not\s+wish\s+to|did\s+not\s+wish\s+to|wish\s+not\s+to|chose\s+not\s+to|asked\s+not\s+to|are\s+not|were\s+not|are\s+withheld|were\s+withheld)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Anonymous();

    [GeneratedRegex(
        @"\b(\d{1,6})\s+(?:[a-z-]+\s+){0,2}?(?:anonymous|unnamed)\s+(?:organi[sz]ations?|groups?|signatories|signatory|endorsements?|endorsers?|individuals?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnonymousWord();
}
