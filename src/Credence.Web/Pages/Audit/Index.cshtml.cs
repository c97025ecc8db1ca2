using Credence.Store.Audit;
using Credence.Store.Data;
using Credence.Store.Review;
using Credence.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Audit;

/// <summary>The audit log, newest first, with filters and links to export the filtered log as CSV or JSON.</summary>
public sealed class IndexModel : PageModel
{
    private const int PageSize = 100;
    private readonly AuditQuery _query;

    public IndexModel(AuditQuery query)
    {
        _query = query;
    }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Target { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public PagedResult<AuditEvent>? Result { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var input = new ReviewInput();
        var window = input.Window(From, To);
        var (page, _) = input.Paging(PageNumber, PageSize, PageSize, PageSize);
        Errors = [.. input.Errors.SelectMany(e => e.Value)];
        if (Errors.Count > 0) return;
        var filter = new AuditFilter { Days = window, Actor = Actor, Action = Action, Target = Target };
        Result = await _query.ListAsync(filter, page, PageSize, cancellationToken);
    }

    /// <summary>This page's filters (empty ones left out), plus <paramref name="extra"/>, for links.</summary>
    public Dictionary<string, string> RouteFor(params (string Key, string Value)[] extra)
    {
        var route = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in new[] { ("from", From), ("to", To), ("actor", Actor), ("action", Action), ("target", Target) })
        {
            if (!string.IsNullOrEmpty(value)) route[key] = value;
        }
        foreach (var (key, value) in extra) route[key] = value;
        return route;
    }

    /// <summary>This page's filters with another page number, for the paging links.</summary>
    public Dictionary<string, string> PageRoute(int page) => RouteFor(("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The export URL for <paramref name="format"/> with this page's filters.</summary>
    public string ExportUrl(string format) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
            "/api/audit/export", RouteFor(("format", format)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
}
