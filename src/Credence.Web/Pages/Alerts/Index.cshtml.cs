using Credence.Store.Data;
using Credence.Store.Review;
using Credence.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Alerts;

/// <summary>The alert queue: filters in a GET form, newest first, open and escalated alerts unless asked otherwise.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>The status filter the queue starts with: what still needs a decision.</summary>
    public const string PendingStatuses = "Open,Escalated";

    private const int PageSize = 50;
    private readonly AlertQuery _query;

    public IndexModel(AlertQuery query)
    {
        _query = query;
    }

    /// <summary>Comma-separated statuses; "all" for every status; absent for <see cref="PendingStatuses"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public PagedResult<Alert>? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The status choices of the filter: value and label.</summary>
    public static IReadOnlyList<(string Value, string Label)> StatusChoices { get; } =
    [
        (PendingStatuses, "Open and escalated"),
        ("all", "All"),
        (nameof(AlertStatus.Open), "Open"),
        (nameof(AlertStatus.Escalated), "Escalated"),
        (nameof(AlertStatus.TrueMatch), "True match"),
        (nameof(AlertStatus.FalsePositive), "False positive"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status ??= PendingStatuses;
        var input = new ReviewInput();
        var statuses = string.Equals(Status, "all", StringComparison.OrdinalIgnoreCase) ? [] : input.Statuses(Status);
        var window = input.Window(From, To);
        var (page, _) = input.Paging(PageNumber, PageSize, PageSize, PageSize);
        Errors = [.. input.Errors.SelectMany(e => e.Value)];
        if (Errors.Count > 0) return;
        Result = await _query.ListAsync(
            new AlertFilter { Statuses = statuses, Source = Source, Subject = Subject, Created = window, Page = page, PageSize = PageSize },
            cancellationToken);
    }

    /// <summary>This page's filters with another page number, for the paging links (empty filters left out).</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in new[] { ("status", Status), ("source", Source), ("subject", Subject), ("from", From), ("to", To) })
        {
            if (!string.IsNullOrEmpty(value)) route[key] = value;
        }
        return route;
    }
}
