using Credence.Store.Data;
using Credence.Web.Screening;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Screening;

/// <summary>A stored screening: who ran it, when, against which list snapshots, and its hits with their explanations.</summary>
public sealed class DetailsModel : PageModel
{
    private readonly CredenceDbContext _db;

    public DetailsModel(CredenceDbContext db)
    {
        _db = db;
    }

    public ScreeningView Screening { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var view = await ScreeningViews.LoadAsync(_db, id, cancellationToken);
        if (view is null) return NotFound();
        Screening = view;
        return Page();
    }
}
