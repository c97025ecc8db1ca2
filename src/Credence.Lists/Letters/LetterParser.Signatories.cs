using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;

namespace Credence.Lists.Letters;

/// <summary>The signatory list: reading it, checking its numbering, merging duplicates, finding near-duplicates, renumbering.</summary>
public static partial class LetterParser
{
    /// <summary>
    /// Two distinct signatory names scoring at least this (in [0,1], by <see cref="NameComparer"/> with word weights from the letter's
    /// own list) are reported as a near-duplicate pair: 0.90. See docs/letters.md for the pairs it catches and those it leaves.
    /// </summary>
    public const double NearDuplicateThreshold = 0.90;

    /// <summary>
    /// Above this many distinct signatories near-duplicates are not searched (pairs sharing a word are compared, so the work grows
    /// with the square), and a problem says so: 2,000.
    /// </summary>
    public const int MaxNearDuplicateSearch = 2_000;

    /// <summary>
    /// The most name pairs compared in the near-duplicate search: 200,000, a few seconds at worst. A list whose names share so
    /// many words that more pairs qualify is not searched, and a problem says so, rather than keeping a request busy for minutes.
    /// </summary>
    public const int MaxNearDuplicateComparisons = 200_000;

    /// <summary>
    /// The entries under the list heading. A line "N. Name" (or "N) Name") starts an entry; any other non-blank line continues
    /// the previous entry (a name wrapped, possibly across a page break); blank lines are ignored. A list without numbers takes
    /// one entry per line. The list ends at a contacts heading or the end of the text.
    /// </summary>
    private static List<SignatoryEntry> ReadSignatoryEntries(List<string> lines, int heading, List<string> problems)
    {
        var end = lines.Count;
        for (var i = heading + 1; i < lines.Count; i++)
        {
            if (IsContactsHeading(lines[i]))
            {
                end = i;
                break;
            }
        }
        var numbered = false;
        for (var i = heading + 1; i < end && !numbered; i++) numbered = NumberedEntry().IsMatch(lines[i]);

        var entries = new List<SignatoryEntry>();
        for (var i = heading + 1; i < end; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || AnonymousCount(line) is not null || SignatoryHeading().IsMatch(line)) continue;
            if (!numbered)
            {
                entries.Add(new SignatoryEntry(null, Bullet().Replace(line, ""), i + 1));
                continue;
            }
            var match = NumberedEntry().Match(line);
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                entries.Add(new SignatoryEntry(number, match.Groups[2].Value, i + 1));
            }
            else if (entries.Count > 0)
            {
                entries[^1].Continue(line);
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {i + 1} before the first numbered signatory was skipped: \"{Shorten(line)}\""));
            }
        }
        if (numbered) CheckNumbering(entries, problems);

        foreach (var entry in entries)
        {
            entry.Name = Collapse(entry.Name);
            if (entry.Name.Length > MaxNameLength)
            {
                entry.Name = entry.Name[..MaxNameLength];
                problems.Add(string.Create(
                    CultureInfo.InvariantCulture, $"{entry.Label} is longer than {MaxNameLength:N0} characters and was cut: \"{Shorten(entry.Name)}\""));
            }
            if (entry.Name.Length == 0) problems.Add($"{entry.Label} has no name and was left out");
        }
        entries.RemoveAll(e => e.Name.Length == 0);
        return entries;
    }

    private static void CheckNumbering(List<SignatoryEntry> entries, List<string> problems)
    {
        var previous = 0;
        foreach (var entry in entries)
        {
            var n = entry.Number ?? previous + 1;
            var at = string.Create(CultureInfo.InvariantCulture, $"line {entry.Line}");
            if (previous == 0 && n != 1) problems.Add(string.Create(CultureInfo.InvariantCulture, $"the numbering starts at {n}, not 1 ({at})"));
            else if (n == previous) problems.Add(string.Create(CultureInfo.InvariantCulture, $"number {n} is used twice ({at})"));
            else if (n < previous) problems.Add(string.Create(CultureInfo.InvariantCulture, $"the numbering goes back from {previous} to {n} ({at})"));
            else if (n > previous + 1)
            {
                var missing = n - previous == 2
                    ? string.Create(CultureInfo.InvariantCulture, $"{previous + 1} is missing")
                    : string.Create(CultureInfo.InvariantCulture, $"{previous + 1}-{n - 1} are missing");
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"the numbering jumps from {previous} to {n}: {missing} ({at})"));
            }
            previous = n;
        }
    }

    /// <summary>Keeps the first entry of each normalised name; every later one is reported and dropped.</summary>
    private static List<SignatoryEntry> Deduplicate(
        List<SignatoryEntry> entries, NameNormalizer normalizer, List<string> problems, out Dictionary<SignatoryEntry, string> keys)
    {
        keys = [];
        var firstByKey = new Dictionary<string, SignatoryEntry>(StringComparer.Ordinal);
        var distinct = new List<SignatoryEntry>();
        foreach (var entry in entries)
        {
            var key = Key(entry.Name, normalizer);
            if (firstByKey.TryGetValue(key, out var first))
            {
                problems.Add($"{entry.Label} \"{Shorten(entry.Name)}\" is the same name as {first.Label} \"{Shorten(first.Name)}\" once normalised; counted once");
                continue;
            }
            firstByKey[key] = entry;
            keys[entry] = key;
            distinct.Add(entry);
        }
        return distinct;
    }

    /// <summary>The comparison key: the normalised tokens, or for a name with none (only punctuation) its lower-cased text.</summary>
    private static string Key(string name, NameNormalizer normalizer)
    {
        var display = normalizer.Normalize(name, EntitySchema.Organization).Display;
        return display.Length > 0 ? display : name.ToLowerInvariant();
    }

    /// <summary>Alphabetical on the normalised form (ordinal), ties by the published name; numbered from 1.</summary>
    private static List<LetterSignatory> Number(List<SignatoryEntry> distinct, Dictionary<SignatoryEntry, string> keys) =>
        [.. distinct
            .OrderBy(e => keys[e], StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select((e, i) => new LetterSignatory(i + 1, e.Name))];

    private static List<IReadOnlyList<string>> FindNearDuplicates(
        IReadOnlyList<LetterSignatory> signatories, NameNormalizer normalizer, List<string> problems)
    {
        var pairs = new List<IReadOnlyList<string>>();
        if (signatories.Count > MaxNearDuplicateSearch)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"near-duplicates were not searched: {signatories.Count:N0} signatories is more than the {MaxNearDuplicateSearch:N0} compared pairwise"));
            return pairs;
        }
        var names = signatories.Select(s => normalizer.Normalize(s.Name, EntitySchema.Organization)).ToList();
        // Weights from this list: a word many signatories share ("community", "myanmar") makes two names less alike than a rare one.
        var candidates = CandidatePairs(names);
        if (candidates is null)
        {
            problems.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"near-duplicates were not searched: the names share so many words that more than {MaxNearDuplicateComparisons:N0} pairs would be compared"));
            return pairs;
        }
        var comparer = new NameComparer(normalizer, TokenWeights.FromCorpus(names));
        foreach (var (i, j) in candidates)
        {
            if (comparer.Compare(signatories[i].Name, signatories[j].Name, EntitySchema.Organization).Score >= NearDuplicateThreshold)
            {
                pairs.Add([signatories[i].Name, signatories[j].Name]);
            }
        }
        return pairs;
    }

    /// <summary>
    /// Pairs of names that share the first three letters of some word (not "of", "and" or a legal form), in order. A pair scoring 0.90 has nearly all its weight
    /// in matching tokens, and a typo rarely touches the start of every word, so this drops almost only pairs that could not
    /// reach the threshold while sparing most comparisons.
    /// </summary>
    /// <returns>The pairs, or null when there are more than <see cref="MaxNearDuplicateComparisons"/>.</returns>
    private static SortedSet<(int, int)>? CandidatePairs(List<NormalizedName> names)
    {
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            foreach (var prefix in names[i].Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Text.Length <= 3 ? t.Text : t.Text[..3]).Distinct(StringComparer.Ordinal))
            {
                if (!byPrefix.TryGetValue(prefix, out var list)) byPrefix[prefix] = list = [];
                list.Add(i);
            }
        }
        var pairs = new SortedSet<(int, int)>();
        foreach (var list in byPrefix.Values)
        {
            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    if (pairs.Add((list[a], list[b])) && pairs.Count > MaxNearDuplicateComparisons) return null;
                }
            }
        }
        return pairs;
    }

    /// <summary>The stated count must equal the distinct signatories, or those plus the anonymous endorsements.</summary>
    private static void CheckStatedCount(int? stated, int entries, int distinct, int anonymous, List<string> problems)
    {
        if (stated is not { } count || count == distinct || (anonymous > 0 && count == distinct + anonymous)) return;
        var detail = entries != distinct
            ? string.Create(CultureInfo.InvariantCulture, $" ({entries:N0} entries, {entries - distinct:N0} duplicate{(entries - distinct == 1 ? "" : "s")} merged)")
            : "";
        var withAnonymous = anonymous > 0 ? string.Create(CultureInfo.InvariantCulture, $" and {anonymous:N0} anonymous") : "";
        problems.Add(string.Create(
            CultureInfo.InvariantCulture, $"the text states {count:N0} signatories but the list has {distinct:N0}{detail}{withAnonymous}"));
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^(\d{1,6})\s*[.)]\s*(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedEntry();

    /// <summary>One entry of the list as published, before deduplication.</summary>
    private sealed class SignatoryEntry(int? number, string name, int line)
    {
        public int? Number { get; } = number;

        public string Name { get; set; } = name;

        /// <summary>The 1-based line of the text where the entry starts.</summary>
        public int Line { get; } = line;

        public string Label => Number is { } n
            ? string.Create(CultureInfo.InvariantCulture, $"No. {n} (line {Line})")
            : string.Create(CultureInfo.InvariantCulture, $"the entry on line {Line}");

        /// <summary>
        /// Joins a wrapped line with a space; after a hyphen ending a word ("Modern-" + "day") without one, keeping the hyphen, since
        /// it cannot be told from a broken word and the published name is not ours to change.
        /// </summary>
        public void Continue(string line)
        {
            var hyphenated = Name.Length > 1 && Name[^1] == '-' && char.IsLetter(Name[^2]) && char.IsLower(line[0]);
            Name = hyphenated ? Name + line : Name + " " + line;
        }
    }
}
