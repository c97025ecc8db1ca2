using Credence.Store.Data;
using Credence.Web.Endpoints;
using Credence.Web.Lists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Lists;

/// <summary>/lists/snapshots/{id}: one snapshot, its delta entries with the changed fields, and its diagnostics.</summary>
public sealed class SnapshotModel : PageModel
{
    private readonly CredenceDbContext _db;

    public SnapshotModel(CredenceDbContext db) => _db = db;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SnapshotDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        DeltaKind? kind = Enum.TryParse<DeltaKind>(Kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        var detail = await ListViews.DetailAsync(_db, id, kind, PageNumber, cancellationToken).ConfigureAwait(false);
        if (detail is null) return NotFound();
        Detail = detail;
        return Page();
    }
}
