using System.Globalization;
using Credence.Store.Data;

namespace Credence.Web.Pages.Alerts;

/// <summary>How the pages write alert statuses and times: words beside the colour, never colour alone.</summary>
public static class AlertStatusText
{
    /// <summary>"Open", "True match", "False positive" or "Escalated".</summary>
    public static string Label(AlertStatus status) => status switch
    {
        AlertStatus.TrueMatch => "True match",
        AlertStatus.FalsePositive => "False positive",
        AlertStatus.Escalated => "Escalated",
        _ => "Open",
    };

    /// <summary>The badge class of site.css for <paramref name="status"/>.</summary>
    public static string Css(AlertStatus status) => "badge " + status.ToString().ToLowerInvariant();

    /// <summary>A stored time as "yyyy-MM-dd HH:mm UTC".</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "";

    /// <summary>A score in [0,1] with two decimals.</summary>
    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
