using System.Globalization;
using Credence.Store.Data;
using Credence.Store.Review;

namespace Credence.Web.Endpoints;

/// <summary>Reads the review area's query-string and form values, collecting a message per bad field for a ValidationProblem.</summary>
internal sealed class ReviewInput
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    /// <summary>An outcome by its enum name or its spoken form ("true-match", "false-positive", "escalate"), any case.</summary>
    public static bool TryParseOutcome(string? text, out AlertStatus outcome)
    {
        outcome = AlertStatus.Open;
        var key = (text ?? "").Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (string.Equals(key, "escalate", StringComparison.OrdinalIgnoreCase)) key = nameof(AlertStatus.Escalated);
        return Enum.TryParse(key, ignoreCase: true, out outcome) && Enum.IsDefined(outcome) && outcome != AlertStatus.Open
            && !int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>A day as yyyy-MM-dd; null when empty.</summary>
    public DateOnly? Date(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        Add(field, $"'{text}' is not a date as yyyy-MM-dd.");
        return null;
    }

    /// <summary>A window of days from two fields; the end must not come before the start.</summary>
    public DateWindow Window(string? from, string? to)
    {
        var window = new DateWindow(Date("from", from), Date("to", to));
        if (window is { From: { } f, To: { } t } && t < f) Add("to", "The end date is before the start date.");
        return window;
    }

    /// <summary>Alert statuses, comma-separated, by name in any case; empty for all.</summary>
    public IReadOnlyList<AlertStatus> Statuses(string? text)
    {
        var statuses = new List<AlertStatus>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<AlertStatus>(part, ignoreCase: true, out var status) && Enum.IsDefined(status)
                && !int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                statuses.Add(status);
            }
            else
            {
                Add("status", $"'{part}' is not a status; use Open, TrueMatch, FalsePositive or Escalated.");
            }
        }
        return statuses;
    }

    /// <summary>"true" or "false", any case; null when empty.</summary>
    public bool? Flag(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (bool.TryParse(text.Trim(), out var flag)) return flag;
        Add(field, $"'{text}' is not true or false.");
        return null;
    }

    /// <summary>A page number (default 1) and size (default <paramref name="defaultSize"/>, at most <paramref name="maxSize"/>).</summary>
    public (int Page, int PageSize) Paging(int? page, int? pageSize, int defaultSize, int maxSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? defaultSize;
        if (p < 1) Add("page", "The page is 1 or more.");
        if (size < 1 || size > maxSize) Add("pageSize", $"The page size is 1 to {maxSize.ToString(CultureInfo.InvariantCulture)}.");
        return (Math.Max(1, p), Math.Clamp(size, 1, maxSize));
    }

    public void Add(string field, string message) => Errors[field] = Errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
