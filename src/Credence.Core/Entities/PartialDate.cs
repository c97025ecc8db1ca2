using System.Globalization;

namespace Credence.Core.Entities;

/// <summary>
/// A date known to the year, the month or the day, as lists publish birth dates ("1956", "Jul 1956", "3 Jul 1956").
/// </summary>
public readonly record struct PartialDate
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be in 1..9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be in 1..12.");
        if (day is not null && month is null) throw new ArgumentException("A day needs a month.", nameof(day));
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day is not in that month.");
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ISO 8601 forms). Returns false for anything else.</summary>
    public static bool TryParseIso(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3) return false;
        if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1) return false;
        int? m = null, d = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12) return false;
            m = mm;
        }
        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd)
                || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return false;
            d = dd;
        }
        date = new PartialDate(y, m, d);
        return true;
    }

    /// <summary>
    /// True when the two dates can be the same day: equal in every part both state.
    /// "1956" agrees with "1956-07-03"; "1956-07" does not agree with "1956-08".
    /// </summary>
    public bool AgreesWith(PartialDate other)
    {
        if (Year != other.Year) return false;
        if (Month is { } m && other.Month is { } om && m != om) return false;
        if (Day is { } d && other.Day is { } od && d != od) return false;
        return true;
    }

    /// <summary>True when both state a month and a day and those are swapped (03-07 against 07-03): a common data-entry slip.</summary>
    public bool IsDayMonthSwapOf(PartialDate other) =>
        Year == other.Year && Month is { } m && Day is { } d && other.Month is { } om && other.Day is { } od
        && m != d && m == od && d == om;

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
    };
}
