using Credence.Store.Audit;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Rules;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>
/// The credentials committee's work: a member's dossier, decisions with grounds citing the session's rule set, and closing
/// the session. A decision locks the member's delegations for the session (a later change needs a new decision), settles
/// the session's open disputes and reopened reviews for the member, and supersedes the previous decision, which stays on
/// record. Closing the session stops re-screening.
/// </summary>
public sealed class CommitteeWorkflow
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;

    public CommitteeWorkflow(CredenceDbContext db, TimeProvider time, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        _db = db;
        _time = time;
        _audit = audit;
    }

    /// <summary>The member's dossier for the session, or null when either id is unknown.</summary>
    public Task<MemberDossier?> GetDossierAsync(long sessionId, long memberId, CancellationToken cancellationToken = default) =>
        new MemberDossierQuery(_db).LoadAsync(sessionId, memberId, cancellationToken);

    /// <summary>The rule set in force for the session, or null for an unknown session.</summary>
    public async Task<RuleSetDefinition?> RulesForSessionAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        var json = await _db.AssemblySessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Join(_db.RuleSets.AsNoTracking(), s => s.RuleSetId, r => r.Id, (_, r) => r.Json)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return json is null ? null : RuleSetDefinition.Parse(json).Rules;
    }

    /// <summary>The session's notices to the committee, oldest first; with <paramref name="unsettledOnly"/>, only those no decision settled yet.</summary>
    public async Task<IReadOnlyList<CommitteeNotice>> NoticesAsync(long sessionId, bool unsettledOnly = false, CancellationToken cancellationToken = default) =>
        await _db.CommitteeNotices.AsNoTracking()
            .Where(n => n.SessionId == sessionId && (!unsettledOnly || n.SettledByDecisionId == null)).OrderBy(n => n.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Records a decision. Refuses (as a result): unknown session or member (NotFound); grounds missing, no or unknown
    /// article, a vote tally that does not fit the vote kind, a delegation not of this member and session, an accepting
    /// outcome without saying which of several delegations, or evidence that does not exist (Invalid).
    /// </summary>
    public async Task<CredentialsResult<CredentialsDecision>> RecordDecisionAsync(
        DecisionInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var session = await _db.AssemblySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == input.SessionId, cancellationToken).ConfigureAwait(false);
        if (session is null) return CredentialsResult<CredentialsDecision>.NotFound("sessionId", $"No session {input.SessionId}.");
        if (!await _db.Members.AnyAsync(m => m.Id == input.MemberId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<CredentialsDecision>.NotFound("memberId", $"No member {input.MemberId}.");
        var rules = await RulesForSessionAsync(input.SessionId, cancellationToken).ConfigureAwait(false);
        var delegations = await _db.Delegations
            .Where(d => d.SessionId == input.SessionId && d.MemberId == input.MemberId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var errors = Validate(input, rules, delegations);
        errors.AddRange(await MissingEvidenceAsync(input.Evidence, cancellationToken).ConfigureAwait(false));
        if (errors.Count > 0) return CredentialsResult<CredentialsDecision>.Invalid(errors);

        var accepted = input.DelegationId
            ?? (DelegateScreeningWorkflow.Accrediting.Contains(input.Outcome) || input.Outcome == CredentialsOutcome.ObserverOnly
                ? delegations.SingleOrDefault()?.Id
                : null);
        var now = _time.GetUtcNow();
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var previous = await _db.CredentialsDecisions
                .Where(d => d.SessionId == input.SessionId && d.MemberId == input.MemberId && d.SupersededById == null)
                .OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var decision = new CredentialsDecision
            {
                MemberId = input.MemberId,
                SessionId = input.SessionId,
                Outcome = input.Outcome,
                DelegationId = accepted,
                Organ = input.Organ.Trim(),
                DecidedOn = input.DecidedOn,
                Grounds = input.Grounds.Trim(),
                CitedArticles = string.Join('\n', input.CitedArticles.Select(a => a.Trim()).Distinct(StringComparer.Ordinal)),
                Vote = input.Vote,
                VotesFor = input.VotesFor,
                VotesAgainst = input.VotesAgainst,
                Abstentions = input.Abstentions,
                Visibility = input.Visibility,
                SupersedesId = previous?.Id,
                RecordedAt = now,
                RecordedBy = actor,
            };
            _db.CredentialsDecisions.Add(decision);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (previous is not null) previous.SupersededById = decision.Id;
            _db.DecisionEvidence.AddRange(input.Evidence.Distinct().Select(e => new DecisionEvidence { DecisionId = decision.Id, Kind = e.Kind, ReferenceId = e.Id }));
            foreach (var delegation in delegations)
            {
                delegation.IsLocked = true;
                delegation.Status = DelegationStatus.Decided;
                delegation.LastChangedAt = now;
            }
            await _db.RepresentationDisputes
                .Where(d => d.SessionId == input.SessionId && d.MemberId == input.MemberId && d.Status == DisputeStatus.Open)
                .ForEachAsync(d => { d.Status = DisputeStatus.Decided; d.DecisionId = decision.Id; }, cancellationToken).ConfigureAwait(false);
            await _db.CommitteeNotices
                .Where(n => n.SessionId == input.SessionId && n.MemberId == input.MemberId && n.SettledByDecisionId == null)
                .ForEachAsync(n => n.SettledByDecisionId = decision.Id, cancellationToken).ConfigureAwait(false);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await _audit.AppendAsync(actor, "credentials.decided", $"decision:{decision.Id}",
                $"member {input.MemberId}, session {input.SessionId}: {input.Outcome} by {decision.Organ}"
                + (previous is null ? "" : $", supersedes decision {previous.Id}") + $"; cites {decision.CitedArticles.Replace('\n', ',')}",
                cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return CredentialsResult<CredentialsDecision>.Ok(decision);
        }
    }

    /// <summary>
    /// Unlocks a decided delegation so it can be amended (the committee's act, with a reason). The member's current decision
    /// goes under review (a <see cref="CommitteeNoticeKind.ReviewReopened"/> notice) until a new decision, which locks again.
    /// Refused for an unlocked delegation (Conflict), a closed session (Locked) or a blank reason (Invalid).
    /// </summary>
    public async Task<CredentialsResult<Delegation>> UnlockForAmendmentAsync(
        long delegationId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        var delegation = await _db.Delegations.FirstOrDefaultAsync(d => d.Id == delegationId, cancellationToken).ConfigureAwait(false);
        if (delegation is null) return CredentialsResult<Delegation>.NotFound("delegationId", $"No delegation {delegationId}.");
        if (string.IsNullOrWhiteSpace(reason)) return CredentialsResult<Delegation>.Invalid([new("reason", "Say why the delegation is unlocked.")]);
        if (!delegation.IsLocked) return CredentialsResult<Delegation>.Fail(CredentialsStatus.Conflict, "delegationId", "The delegation is not locked.");
        if (await _db.AssemblySessions.AnyAsync(s => s.Id == delegation.SessionId && s.Status == SessionStatus.Closed, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<Delegation>.Fail(CredentialsStatus.Locked, "delegationId", "The session is closed.");
        var current = await DelegateScreeningWorkflow.CurrentDecisionAsync(_db, delegation.SessionId, delegation.MemberId, cancellationToken).ConfigureAwait(false);
        delegation.IsLocked = false;
        delegation.Status = DelegationStatus.Submitted;
        _db.CommitteeNotices.Add(new CommitteeNotice
        {
            SessionId = delegation.SessionId,
            MemberId = delegation.MemberId,
            Kind = CommitteeNoticeKind.ReviewReopened,
            DecisionId = current?.Id,
            CreatedAt = _time.GetUtcNow(),
            Message = $"Delegation {delegation.Id} unlocked for amendment: {reason.Trim()}. A new decision is needed.",
        });
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "delegation.unlocked", $"delegation:{delegationId}", reason.Trim(), cancellationToken).ConfigureAwait(false);
        return CredentialsResult<Delegation>.Ok(delegation);
    }

    /// <summary>Closes a session: its delegates are no longer re-screened. Closing a closed session is a conflict.</summary>
    public async Task<CredentialsResult<AssemblySession>> CloseSessionAsync(long sessionId, string actor, CancellationToken cancellationToken = default)
    {
        var session = await _db.AssemblySessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken).ConfigureAwait(false);
        if (session is null) return CredentialsResult<AssemblySession>.NotFound("sessionId", $"No session {sessionId}.");
        if (session.Status == SessionStatus.Closed)
            return CredentialsResult<AssemblySession>.Fail(CredentialsStatus.Conflict, "sessionId", "The session is already closed.");
        session.Status = SessionStatus.Closed;
        session.ClosedAt = _time.GetUtcNow();
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "session.closed", $"session:{sessionId}", "re-screening of its delegates stops", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<AssemblySession>.Ok(session);
    }

    private static List<CredentialsError> Validate(DecisionInput input, RuleSetDefinition? rules, List<Delegation> delegations)
    {
        var errors = new List<CredentialsError>();
        if (!Enum.IsDefined(input.Outcome)) errors.Add(new("outcome", $"Unknown outcome {(int)input.Outcome}."));
        if (string.IsNullOrWhiteSpace(input.Organ)) errors.Add(new("organ", "The organ that decided is required."));
        if (string.IsNullOrWhiteSpace(input.Grounds)) errors.Add(new("grounds", "Written grounds are required."));
        if (input.CitedArticles.Count == 0) errors.Add(new("citedArticles", "Cite at least one article of the rules in force."));
        if (rules is null) errors.Add(new("sessionId", "The session's rule set cannot be read."));
        for (var i = 0; rules is not null && i < input.CitedArticles.Count; i++)
        {
            var key = input.CitedArticles[i]?.Trim() ?? "";
            if (rules.Find(key) is null)
            {
                errors.Add(new($"citedArticles[{i}]",
                    $"'{key}' is not an article of {rules.Id}; known: {string.Join(", ", rules.Articles.Select(a => a.Key))}."));
            }
        }
        if (input.Vote == VoteKind.Tally)
        {
            if (input.VotesFor is null || input.VotesAgainst is null || input.Abstentions is null)
                errors.Add(new("votesFor", "A tally needs votes for, against and abstentions."));
            else if (input.VotesFor < 0 || input.VotesAgainst < 0 || input.Abstentions < 0)
                errors.Add(new("votesFor", "Vote counts cannot be negative."));
        }
        else if (input.VotesFor is not null || input.VotesAgainst is not null || input.Abstentions is not null)
        {
            errors.Add(new("vote", "A consensus decision has no tally; record the vote as a tally instead."));
        }
        if (input.DelegationId is { } chosen && delegations.All(d => d.Id != chosen))
            errors.Add(new("delegationId", $"Delegation {chosen} is not one of this member's for the session."));
        var seats = DelegateScreeningWorkflow.Accrediting.Contains(input.Outcome) || input.Outcome == CredentialsOutcome.ObserverOnly;
        if (seats && input.DelegationId is null && delegations.Count > 1)
            errors.Add(new("delegationId", "Several authorities submitted delegations: say which one the decision accepts."));
        return errors;
    }

    private async Task<List<CredentialsError>> MissingEvidenceAsync(IReadOnlyList<EvidenceLink> evidence, CancellationToken cancellationToken)
    {
        var errors = new List<CredentialsError>();
        for (var i = 0; i < evidence.Count; i++)
        {
            var (kind, id) = (evidence[i].Kind, evidence[i].Id);
            var exists = kind switch
            {
                EvidenceKind.Alert => await _db.Alerts.AnyAsync(a => a.Id == id, cancellationToken).ConfigureAwait(false),
                EvidenceKind.Screening => await _db.Screenings.AnyAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false),
                EvidenceKind.Challenge => await _db.Challenges.AnyAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false),
                EvidenceKind.Dispute => await _db.RepresentationDisputes.AnyAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false),
                _ => false,
            };
            if (!exists) errors.Add(new($"evidence[{i}]", $"No {kind} {id}."));
        }
        return errors;
    }
}
