using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Core.Entities;

namespace Credence.Lists.Uk;

// Cell parsing: dates, numbered "(1) .. (2) .." lists and identifiers.
public static partial class UkOfsiMapper
{
    private static readonly string[] DayFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>A full dd/mm/yyyy date, as OFSI writes Last Updated and Listed On.</summary>
    private static bool TryParseDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>
    /// A birth date "dd/mm/yyyy", "mm/yyyy" or "yyyy" where "00" marks an unknown day or month ("00/00/1961" is 1961). A day
    /// without a month cannot be held by <see cref="PartialDate"/> and is dropped. False for a zero year or an impossible date.
    /// </summary>
    internal static bool TryParseDob(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Trim().Split('/');
        if (parts.Length > 3 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiDigit))) return false;
        var year = int.Parse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture);
        if (parts[^1].Length != 4 || year == 0) return false;
        var month = parts.Length >= 2 ? int.Parse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        var day = parts.Length == 3 ? int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        if (month > 12) return false;
        if (month == 0)
        {
            date = new PartialDate(year);
            return true;
        }

        if (day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(year, month, day == 0 ? null : day);
        return true;
    }

    /// <summary>
    /// Splits OFSI's numbered cells, "(1) Russia. (2) Ukraine", into "Russia" and "Ukraine"; any other text is one item. Markers must
    /// run 1, 2, 3 in order, so parentheses inside an item ("(Tatmadaw)", "12/SAKHANA(N)020199") do not split it. Items without a
    /// letter or digit ("(2) -") are dropped.
    /// </summary>
    internal static List<string> SplitNumbered(string text)
    {
        var items = new List<string>();
        text = text.Trim();
        if (!text.StartsWith("(1)", StringComparison.Ordinal))
        {
            if (text.Length > 0) items.Add(text);
            return items;
        }

        var start = 3;
        for (var n = 2; ; n++)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"({n})");
            var next = text.IndexOf(marker, start, StringComparison.Ordinal);
            if (next < 0) break;
            AddItem(items, text[start..next]);
            start = next + marker.Length;
        }

        AddItem(items, text[start..]);
        return items;
    }

    private static void AddItem(List<string> items, string item)
    {
        item = item.Trim().TrimEnd('.', ',', ';').Trim();
        if (item.Any(char.IsLetterOrDigit)) items.Add(item);
    }

    private static List<EntityIdentifier> Identifiers(List<UkOfsiRecord> rows, DiagnosticSink sink)
    {
        var identifiers = new List<EntityIdentifier>();
        void Add(EntityIdentifier id)
        {
            if (!identifiers.Contains(id)) identifiers.Add(id);
        }

        foreach (var row in rows)
        {
            foreach (var id in NumberedIdentifiers("Passport", row.PassportNumber, row.PassportDetails, row.Location, sink)) Add(id);
            foreach (var id in NumberedIdentifiers("National ID", row.NationalIdNumber, row.NationalIdDetails, row.Location, sink)) Add(id);
        }

        foreach (var (text, _) in Distinct(rows, r => r.OtherInformation))
        {
            foreach (Match m in ImoNumber().Matches(text)) Add(new EntityIdentifier("IMO", m.Groups[1].Value));
            foreach (Match m in SanctionsListRefs().Matches(text))
            {
                foreach (Match r in SanctionsListRef().Matches(m.Groups[1].Value)) Add(new EntityIdentifier("UK Sanctions List Ref", r.Value, "gb"));
            }
        }

        return identifiers;
    }

    private static IEnumerable<EntityIdentifier> NumberedIdentifiers(string label, string number, string details, string location, DiagnosticSink sink)
    {
        number = sink.Cap(number.Trim(), MaxFieldChars, location, label + " Number");
        details = sink.Cap(details.Trim(), MaxFieldChars, location, label + " Details");
        var numbers = SplitNumbered(number);
        var notes = SplitNumbered(details);
        if (numbers.Count == 0)
        {
            // The 2016 layout has only a details cell, which holds the number among its words.
            foreach (var note in notes) yield return new EntityIdentifier(label, note);
            yield break;
        }

        for (var i = 0; i < numbers.Count; i++)
        {
            // Paired by position when both cells are numbered alike; otherwise the details describe every number.
            var note = notes.Count == numbers.Count ? notes[i] : details;
            var country = note.Length == 0 ? null : Countries.ToCode(note);
            if (country is not null || note.Length == 0) yield return new EntityIdentifier(label, numbers[i], country);
            else yield return new EntityIdentifier($"{label} ({note})", numbers[i]);
        }
    }

    /// <summary>A cell value for a message: quoted, and cut to 60 characters so a 10 MB cell does not become a 10 MB message.</summary>
    private static string Quote(string text) => text.Length <= 60 ? $"\"{text}\"" : $"\"{text[..60]}...\"";

    [GeneratedRegex(@"\(IMO number\):\s*(\d{7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex ImoNumber();

    [GeneratedRegex(@"\(UK Sanctions List Ref\):([^(]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SanctionsListRefs();

    [GeneratedRegex(@"\b[A-Z]{2,4}[0-9]{3,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SanctionsListRef();
}
