using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>
/// OFAC's date forms: "03 Jul 1956", "Jul 1956", "1956", "circa 1960", "1955 to 1957", "01 Jan 1961 to 31 Dec 1962",
/// and "MM/dd/yyyy" for the XML publish date.
/// </summary>
public static class OfacDates
{
    /// <summary>Longest range expanded into single years (in years); a wider one is treated as unreadable rather than guessed.</summary>
    public const int MaxRangeYears = 30;

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Parses a birth date. A single date gives one <see cref="PartialDate"/>; "circa" is dropped (the year is what is known); a range
    /// gives each year from the first to the last, because OFAC means "born in one of these years". Returns false when unreadable.
    /// </summary>
    public static bool TryParseBirthDates(string? text, out IReadOnlyList<PartialDate> dates)
    {
        dates = [];
        if (string.IsNullOrWhiteSpace(text)) return false;
        var value = text.Trim().TrimEnd('.').Trim();
        if (value.StartsWith("circa ", StringComparison.OrdinalIgnoreCase)) value = value[6..].Trim();
        var to = value.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to < 0)
        {
            if (!TryParseOne(value, out var single)) return false;
            dates = [single];
            return true;
        }
        if (!TryParseOne(value[..to], out var from) || !TryParseOne(value[(to + 4)..], out var until)) return false;
        if (until.Year < from.Year || until.Year - from.Year > MaxRangeYears) return false;
        dates = Enumerable.Range(from.Year, until.Year - from.Year + 1).Select(y => new PartialDate(y)).ToList();
        return true;
    }

    /// <summary>Parses a full day, "31 Oct 2023" (also "2023-10-31"). Returns null when it is not a whole, valid date.</summary>
    public static DateOnly? ParseDay(string? text)
    {
        if (!TryParseOne(text?.Trim().TrimEnd('.') ?? "", out var date) || date.Month is not { } month || date.Day is not { } day) return null;
        return new DateOnly(date.Year, month, day);
    }

    /// <summary>Parses the XML Publish_Date, "03/28/2025" (month first). Returns null when unreadable.</summary>
    public static DateOnly? ParsePublishDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    private static bool TryParseOne(string text, out PartialDate date)
    {
        date = default;
        var value = text.Trim();
        if (PartialDate.TryParseIso(value, out date)) return true;
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts.Length)
        {
            case 1:
                return TryYear(parts[0], out var y1) && Set(out date, y1, null, null);
            case 2:
                return TryMonth(parts[0], out var m2) && TryYear(parts[1], out var y2) && Set(out date, y2, m2, null);
            case 3:
                if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d3) || parts[0].Length > 2) return false;
                if (!TryMonth(parts[1], out var m3) || !TryYear(parts[2], out var y3)) return false;
                if (d3 < 1 || d3 > DateTime.DaysInMonth(y3, m3)) return false;
                return Set(out date, y3, m3, d3);
            default:
                return false;
        }
    }

    private static bool Set(out PartialDate date, int year, int? month, int? day)
    {
        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year >= 1;

    // "Jul", "July" and "Sept" all name July or September: the first three letters decide.
    private static bool TryMonth(string text, out int month)
    {
        month = 0;
        if (text.Length < 3) return false;
        var index = Array.IndexOf(Months, text[..3].ToLowerInvariant());
        if (index < 0) return false;
        month = index + 1;
        return true;
    }
}
