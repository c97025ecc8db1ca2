using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Reports;
using Credence.Store.Data;
using Credence.Web.Credentials;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Pages.Credentials;

/// <summary>
/// The sessions, and for the chosen (by default the latest open) session the members' table: status, head of delegation,
/// alerts, dispute, challenges, decision, late flag. The table is for the roles that see every member; a focal point sees
/// only their own members.
/// </summary>
public sealed class IndexModel : PageModel
{
    private readonly CredenceDbContext _db;
    private readonly CommitteeReportQuery _reports;
    private readonly DelegationWorkflow _delegations;

    public IndexModel(CredenceDbContext db, CommitteeReportQuery reports, DelegationWorkflow delegations)
    {
        _db = db;
        _reports = reports;
        _delegations = delegations;
    }

    public IReadOnlyList<AssemblySession> Sessions { get; private set; } = [];

    public AssemblySession? Session { get; private set; }

    public CommitteeReport? Report { get; private set; }

    /// <summary>Member ids by country code, for links.</summary>
    public IReadOnlyDictionary<string, long> MemberIds { get; private set; } = new Dictionary<string, long>(StringComparer.Ordinal);

    /// <summary>The members a focal point acts for (empty for other roles).</summary>
    public IReadOnlyList<Member> OwnMembers { get; private set; } = [];

    public bool SeesAll { get; private set; }

    public async Task OnGetAsync(long? session, CancellationToken cancellationToken)
    {
        Sessions = await _db.AssemblySessions.AsNoTracking().OrderByDescending(s => s.Number).ToListAsync(cancellationToken);
        Session = session is { } id ? Sessions.FirstOrDefault(s => s.Id == id)
            : Sessions.FirstOrDefault(s => s.Status == SessionStatus.Open) ?? Sessions.FirstOrDefault();
        SeesAll = CredentialsAccess.SeesAll(User);
        var members = await _db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        MemberIds = members.ToDictionary(m => m.CountryCode, m => m.Id, StringComparer.Ordinal);
        if (User.IsInRole(CredenceRoles.FocalPoint))
        {
            var own = await _delegations.MembersOfFocalPointAsync(Security.Actors.Name(User), cancellationToken);
            OwnMembers = [.. members.Where(m => own.Contains(m.Id))];
        }
        if (Session is not null && SeesAll) Report = await _reports.BuildAsync(Session.Id, cancellationToken);
    }
}
