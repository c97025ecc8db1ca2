using System.Globalization;
using System.Text.Json;
using Credence.Core.Entities;

namespace Credence.Lists.Graph;

/// <summary>Reads FollowTheMoney property values: arrays of strings, entity references (ids or nested entities), dates and percentages.</summary>
internal static class FtmValues
{
    /// <summary>The property's values as strings (a lone string counts as one value; nested entities give their id).</summary>
    public static List<string> Strings(JsonElement properties, string name)
    {
        var result = new List<string>();
        if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(name, out var value)) return result;
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray()) AddValue(item, result);
        }
        else
        {
            AddValue(value, result);
        }
        return result;
    }

    public static string? First(JsonElement properties, string name) => Strings(properties, name) is { Count: > 0 } list ? list[0] : null;

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time part is ignored) to the first day (start) or last day (end) it can mean.</summary>
    public static bool TryDate(string text, bool end, out DateOnly date)
    {
        date = default;
        var t = text.Trim();
        var cut = t.IndexOf('T', StringComparison.Ordinal);
        if (cut > 0) t = t[..cut];
        if (!PartialDate.TryParseIso(t, out var partial)) return false;
        var month = partial.Month ?? (end ? 12 : 1);
        var day = partial.Day ?? (end ? DateTime.DaysInMonth(partial.Year, month) : 1);
        date = new DateOnly(partial.Year, month, day);
        return true;
    }

    /// <summary>Parses "51", "51.5", "51,5" or "51%" as percent.</summary>
    public static bool TryPercentage(string text, out double percent)
    {
        var t = text.Trim().TrimEnd('%').Trim();
        if (!t.Contains('.', StringComparison.Ordinal)) t = t.Replace(',', '.');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out percent) && double.IsFinite(percent);
    }

    private static void AddValue(JsonElement item, List<string> result)
    {
        switch (item.ValueKind)
        {
            case JsonValueKind.String:
                if (item.GetString() is { Length: > 0 } s) result.Add(s);
                break;
            case JsonValueKind.Number:
                result.Add(item.GetRawText());
                break;
            case JsonValueKind.Object when item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String:
                result.Add(id.GetString()!);
                break;
            default:
                break;
        }
    }
}
