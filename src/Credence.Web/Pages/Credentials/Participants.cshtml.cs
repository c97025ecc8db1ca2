using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Reports;
using Credence.Store.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Pages.Credentials;

/// <summary>The public participants list of a session: the persons of each delegation a public decision seats.</summary>
public sealed class ParticipantsModel : PageModel
{
    private readonly CredenceDbContext _db;
    private readonly ParticipantsQuery _participants;

    public ParticipantsModel(CredenceDbContext db, ParticipantsQuery participants)
    {
        _db = db;
        _participants = participants;
    }

    public AssemblySession Session { get; private set; } = null!;

    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long sessionId, CancellationToken cancellationToken)
    {
        var session = await _db.AssemblySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null) return NotFound();
        Session = session;
        Participants = await _participants.ListAsync(sessionId, cancellationToken);
        return Page();
    }
}
