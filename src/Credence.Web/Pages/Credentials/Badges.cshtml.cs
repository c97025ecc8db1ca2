using System.Text;
using Credence.Store.Credentials.Reports;
using Credence.Store.Data;
using Credence.Web.Endpoints;
using Credence.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Pages.Credentials;

/// <summary>The badge list of a session as a CSV download (the secretariat's; every cell formula-safe).</summary>
[Authorize(Policy = CredencePolicies.Admin)]
public sealed class BadgesModel : PageModel
{
    private readonly CredenceDbContext _db;
    private readonly ParticipantsQuery _participants;

    public BadgesModel(CredenceDbContext db, ParticipantsQuery participants)
    {
        _db = db;
        _participants = participants;
    }

    public async Task<IActionResult> OnGetAsync(long sessionId, CancellationToken cancellationToken)
    {
        var session = await _db.AssemblySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null) return NotFound();
        var csv = await CommitteeEndpoints.BadgeCsvAsync(sessionId, _participants, cancellationToken);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"badges-session-{session.Number}.csv");
    }
}
