using Credence.Store.Data;
using Credence.Web.Endpoints;
using Credence.Web.Lists;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Credence.Web.Pages.Lists;

/// <summary>/lists: each source's active snapshot and latest failure, the import history, and "Update now" for admins.</summary>
public sealed class IndexModel : PageModel
{
    private readonly CredenceDbContext _db;
    private readonly ListUpdateService _updates;
    private readonly IOptions<ListUpdateOptions> _options;
    private readonly IAuthorizationService _authorization;

    public IndexModel(CredenceDbContext db, ListUpdateService updates, IOptions<ListUpdateOptions> options, IAuthorizationService authorization)
    {
        _db = db;
        _updates = updates;
        _options = options;
        _authorization = authorization;
    }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ListsOverview Overview { get; private set; } = new([], null);

    public SnapshotPage History { get; private set; } = new(1, ListViews.PageSize, 0, []);

    public bool CanUpdate { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanUpdate = (await _authorization.AuthorizeAsync(User, CredencePolicies.Admin).ConfigureAwait(false)).Succeeded;
        Overview = await ListViews.OverviewAsync(_db, _options.Value, _updates.Pending, cancellationToken).ConfigureAwait(false);
        History = await ListViews.HistoryAsync(_db, string.IsNullOrWhiteSpace(Source) ? null : Source.Trim(), PageNumber, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>"Update now": queues every configured source, or the one named in the form.</summary>
    public async Task<IActionResult> OnPostUpdateAsync(string? updateSource, CancellationToken cancellationToken)
    {
        if (!(await _authorization.AuthorizeAsync(User, CredencePolicies.Admin).ConfigureAwait(false)).Succeeded) return Forbid();
        IReadOnlyList<string>? sources = string.IsNullOrWhiteSpace(updateSource) ? null : [updateSource];
        var (queued, unknown) = await _updates.QueueAsync(sources, Actors.Name(User), cancellationToken).ConfigureAwait(false);
        Notice = unknown.Count > 0
            ? $"Not queued: no URL is configured for {string.Join(", ", unknown)}."
            : $"Update queued for {string.Join(", ", queued)}. Reload this page to follow it.";
        return RedirectToPage();
    }
}
