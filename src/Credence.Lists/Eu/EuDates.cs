using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Core.Entities;

namespace Credence.Lists.Eu;

/// <summary>The date forms EU files use, read without guessing: anything else is left to the caller to report.</summary>
internal static partial class EuDates
{
    /// <summary>
    /// A birth-year span ("1958 - 1963") is kept as each of its years, so a query born in any of them agrees; spans longer
    /// than this many years keep only their two ends, since listing decades of years would say almost nothing.
    /// </summary>
    public const int MaxSpanYears = 10;

    /// <summary>Parses a day written "yyyy-MM-dd".</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>Parses a four-digit year in 1..9999.</summary>
    public static bool TryParseYear(string? text, out int year)
    {
        year = 0;
        var t = text?.Trim();
        return t is { Length: 4 } && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1;
    }

    /// <summary>Builds a partial date when the parts make one (month 1..12, a day that exists in that month), else false.</summary>
    public static bool TryMake(int year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12) return false;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>
    /// The years of a span, ends included: every year when the span is at most <see cref="MaxSpanYears"/> years long, else only
    /// the two ends (<paramref name="shortened"/> true). False when the span runs backwards.
    /// </summary>
    public static bool TrySpan(int from, int to, out IReadOnlyList<PartialDate> years, out bool shortened)
    {
        years = [];
        shortened = false;
        if (to < from) return false;
        if (to - from + 1 > MaxSpanYears)
        {
            shortened = true;
            years = [new PartialDate(from), new PartialDate(to)];
            return true;
        }
        years = Enumerable.Range(from, to - from + 1).Select(y => new PartialDate(y)).ToArray();
        return true;
    }

    /// <summary>
    /// Reads the legacy BIRTH/DATE text: "1924-02-21", "1956-07", "1956", "1963 (approximative)" (the year only, since the
    /// day is not sure) and "1958 - 1963 (approximative)" (a span, see <see cref="TrySpan"/>).
    /// </summary>
    public static bool TryParseLegacyBirth(string text, out IReadOnlyList<PartialDate> dates, out bool shortened)
    {
        dates = [];
        shortened = false;
        var match = LegacyBirth().Match(text.Trim());
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (match.Groups["to"].Success)
        {
            if (match.Groups["m"].Success) return false;
            var to = int.Parse(match.Groups["to"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            return TrySpan(year, to, out dates, out shortened);
        }
        int? month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        if (!TryMake(year, month, day, out var date)) return false;
        dates = [match.Groups["circa"].Success ? new PartialDate(date.Year) : date];
        return true;
    }

    /// <summary>
    /// The calendar date of a generation time such as "2018-12-21T14:39:54.511+01:00", as the file's own clock states it
    /// (not converted to UTC, so the date matches what the publisher wrote). Null when unreadable.
    /// </summary>
    public static DateOnly? ParseGenerationDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length >= 10 && TryParseDay(t[..10], out var day) && (t.Length == 10 || t[10] == 'T')) return day;
        return null;
    }

    /// <summary>Parses the legacy WHOLE@Date, written "dd/MM/yyyy".</summary>
    public static bool TryParseLegacyPublished(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?:\s*-\s*(?<to>\d{4}))?(?:\s*(?<circa>\(approximative\)))?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex LegacyBirth();
}
