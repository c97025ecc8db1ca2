using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>Reads a <see cref="MemberDossier"/> (read-only, no tracking).</summary>
public sealed class MemberDossierQuery
{
    private readonly CredenceDbContext _db;

    public MemberDossierQuery(CredenceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>The dossier of a member for a session, or null when either id is unknown.</summary>
    public async Task<MemberDossier?> LoadAsync(long sessionId, long memberId, CancellationToken cancellationToken = default)
    {
        var session = await _db.AssemblySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken).ConfigureAwait(false);
        var member = await _db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken).ConfigureAwait(false);
        if (session is null || member is null) return null;

        var delegations = await _db.Delegations.AsNoTracking().Where(d => d.SessionId == sessionId && d.MemberId == memberId)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var dossierDelegations = new List<DossierDelegation>();
        foreach (var delegation in delegations)
            dossierDelegations.Add(await DelegationAsync(delegation, cancellationToken).ConfigureAwait(false));

        var claims = new List<DossierClaim>();
        var claimRows = await _db.AuthorityClaims.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.ClaimedFrom).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var claim in claimRows)
        {
            var authority = await _db.Authorities.AsNoTracking().FirstAsync(a => a.Id == claim.AuthorityId, cancellationToken).ConfigureAwait(false);
            var recognitions = await _db.RecognitionDecisions.AsNoTracking().Where(r => r.ClaimId == claim.Id).OrderBy(r => r.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            claims.Add(new DossierClaim(claim, authority, recognitions));
        }

        var disputes = new List<DossierDispute>();
        var disputeRows = await _db.RepresentationDisputes.AsNoTracking().Where(d => d.SessionId == sessionId && d.MemberId == memberId)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var dispute in disputeRows)
        {
            var sides = await _db.DisputeDelegations.AsNoTracking().Where(l => l.DisputeId == dispute.Id).OrderBy(l => l.DelegationId)
                .Select(l => l.DelegationId).ToListAsync(cancellationToken).ConfigureAwait(false);
            disputes.Add(new DossierDispute(dispute, sides));
        }

        var restrictions = await _db.Restrictions.AsNoTracking().Where(r => r.MemberId == memberId).OrderBy(r => r.StartsOn).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await _db.CredentialsDecisions.AsNoTracking().Where(d => d.MemberId == memberId).OrderByDescending(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = new List<DossierDecision>();
        foreach (var decision in decisions)
        {
            var evidence = await _db.DecisionEvidence.AsNoTracking().Where(e => e.DecisionId == decision.Id).OrderBy(e => e.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            history.Add(new DossierDecision(decision, evidence));
        }
        var notices = await _db.CommitteeNotices.AsNoTracking().Where(n => n.SessionId == sessionId && n.MemberId == memberId)
            .OrderBy(n => n.Id).ToListAsync(cancellationToken).ConfigureAwait(false);

        return new MemberDossier
        {
            Session = session,
            Member = member,
            Delegations = dossierDelegations,
            Claims = claims,
            Disputes = disputes,
            Challenges = await ChallengeWorkflow.ListCoreAsync(_db, sessionId, memberId, cancellationToken).ConfigureAwait(false),
            Restrictions = restrictions,
            RestrictionsInForce = [.. restrictions.Where(r => r.IsInForceOn(session.StartsOn))],
            CurrentDecision = history.FirstOrDefault(d => d.Decision.SessionId == sessionId && d.Decision.SupersededById is null),
            DecisionHistory = history,
            Notices = notices,
        };
    }

    private async Task<DossierDelegation> DelegationAsync(Delegation delegation, CancellationToken cancellationToken)
    {
        var authority = await _db.Authorities.AsNoTracking().FirstAsync(a => a.Id == delegation.AuthorityId, cancellationToken).ConfigureAwait(false);
        var versions = await _db.DelegationVersions.AsNoTracking().Where(v => v.DelegationId == delegation.Id).OrderBy(v => v.Version)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var letterId = versions.LastOrDefault()?.LetterId;
        var letter = letterId is null
            ? null
            : await _db.CredentialLetters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken).ConfigureAwait(false);
        var persons = await _db.DelegationPersons.AsNoTracking()
            .Where(p => p.DelegationId == delegation.Id && p.Version == delegation.Version).OrderBy(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Roles are stored as strings, so they are put in role order (head first) here rather than alphabetically in SQL.
        persons = [.. persons.OrderBy(p => p.Role).ThenBy(p => p.Id)];
        var dossierPersons = new List<DossierPerson>();
        foreach (var person in persons)
        {
            var screenings = await _db.DelegateScreenings.AsNoTracking().Where(s => s.PersonId == person.Id).OrderByDescending(s => s.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var screeningIds = screenings.Select(s => s.ScreeningId).ToList();
            var alertIds = await _db.ScreeningHits.AsNoTracking().Where(h => screeningIds.Contains(h.ScreeningId) && h.AlertId != null)
                .Select(h => h.AlertId!.Value).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            var alerts = await _db.Alerts.AsNoTracking().Where(a => alertIds.Contains(a.Id)).OrderBy(a => a.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var decisions = await _db.AlertDecisions.AsNoTracking().Where(d => alertIds.Contains(d.AlertId)).OrderBy(d => d.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            dossierPersons.Add(new DossierPerson(
                person, screenings, [.. alerts.Select(a => new DossierAlert(a, [.. decisions.Where(d => d.AlertId == a.Id)]))]));
        }
        return new DossierDelegation(delegation, authority, letter, dossierPersons, versions);
    }
}
