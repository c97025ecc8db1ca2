using System.Globalization;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Rules;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials.Reports;

/// <summary>
/// Builds the <see cref="CommitteeReport"/> from each member's <see cref="MemberDossier"/>. The report is the committee's
/// own document, so it shows every decision whatever its visibility; the public participants list is
/// <see cref="ParticipantsQuery"/>.
/// </summary>
public sealed class CommitteeReportQuery
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;

    public CommitteeReportQuery(CredenceDbContext db, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        _db = db;
        _time = time;
    }

    /// <summary>The report for the session, or null for an unknown session.</summary>
    public async Task<CommitteeReport?> BuildAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        var session = await _db.AssemblySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken).ConfigureAwait(false);
        if (session is null) return null;
        var ruleSet = await _db.RuleSets.AsNoTracking().FirstAsync(r => r.Id == session.RuleSetId, cancellationToken).ConfigureAwait(false);
        var rules = RuleSetDefinition.Parse(ruleSet.Json).Rules;
        var memberIds = await _db.Delegations.AsNoTracking().Where(d => d.SessionId == sessionId).Select(d => d.MemberId)
            .Union(_db.CredentialsDecisions.AsNoTracking().Where(d => d.SessionId == sessionId).Select(d => d.MemberId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var dossiers = new MemberDossierQuery(_db);
        var entries = new List<CommitteeReportEntry>();
        foreach (var memberId in memberIds.Distinct())
        {
            var dossier = await dossiers.LoadAsync(sessionId, memberId, cancellationToken).ConfigureAwait(false);
            entries.Add(Entry(dossier!, rules));
        }
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        entries.Sort((a, b) => compare.Compare(a.Member, b.Member, CompareOptions.IgnoreCase));
        return new CommitteeReport(session, ruleSet.Name, _time.GetUtcNow(), entries);
    }

    /// <summary>An outcome in words, e.g. "Accepted with restrictions".</summary>
    public static string Describe(CredentialsOutcome outcome) => outcome switch
    {
        CredentialsOutcome.AcceptedWithRestrictions => "Accepted with restrictions",
        CredentialsOutcome.ObserverOnly => "Observer only",
        _ => outcome.ToString(),
    };

    private static CommitteeReportEntry Entry(MemberDossier dossier, RuleSetDefinition? rules)
    {
        var decision = dossier.CurrentDecision?.Decision;
        var status = decision is null ? "Pending" : Describe(decision.Outcome);
        if (dossier.UnderReview) status += " (review reopened)";
        var authorities = dossier.Delegations.ToDictionary(d => d.Delegation.Id, d => d.Authority.Name);
        return new CommitteeReportEntry
        {
            CountryCode = dossier.Member.CountryCode,
            Member = dossier.Member.Name,
            MemberBody = dossier.Member.MemberBody,
            Outcome = decision?.Outcome,
            Status = status,
            UnderReview = dossier.UnderReview,
            Organ = decision?.Organ,
            DecidedOn = decision?.DecidedOn,
            Grounds = decision?.Grounds,
            Cited = decision is null
                ? []
                : [.. decision.CitedArticleList().Select(k => rules?.Find(k) ?? new RuleArticle(k, "", k, ""))],
            Vote = decision is null ? null : VoteText(decision),
            Superseded = dossier.DecisionHistory.Count(d => d.Decision.SessionId == dossier.Session.Id && d.Decision.SupersededById is not null),
            Delegations = [.. dossier.Delegations.Select(d => new ReportDelegation(
                d.Authority.Name,
                Head(d),
                d.Persons.Count,
                d.Delegation.IsLate,
                d.Delegation.Version,
                decision?.DelegationId == d.Delegation.Id))],
            Screening = Screening(dossier),
            Challenges = [.. dossier.Challenges.Select(c => string.Create(CultureInfo.InvariantCulture,
                $"{c.Challenge.Title} ({(c.Challenge.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated")}): {c.Endorsements.Count} named and {c.Challenge.AnonymousEndorsements} anonymous endorsements"))],
            Disputes = [.. dossier.Disputes.Select(d => string.Create(CultureInfo.InvariantCulture,
                $"Dispute {d.Dispute.Id} ({d.Dispute.Status.ToString().ToLowerInvariant()}) between {string.Join(" and ", d.DelegationIds.Select(id => authorities.GetValueOrDefault(id, $"delegation {id}")))}"))],
            Restrictions = [.. dossier.RestrictionsInForce.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Type} from {r.StartsOn:yyyy-MM-dd}{(r.EndsOn is { } end ? $" to {end:yyyy-MM-dd}" : "")}: {r.LegalBasis}{(r.Appealed ? " (appealed; in force while appealed)" : "")}"))],
        };
    }

    private static string Head(DossierDelegation delegation)
    {
        var head = delegation.Persons.FirstOrDefault(p => p.Person.Role == DelegationRole.Head)?.Person;
        if (head is null) return "(none)";
        return string.IsNullOrWhiteSpace(head.Rank) ? head.Name : $"{head.Rank} {head.Name}";
    }

    private static string VoteText(CredentialsDecision decision) => decision.Vote == VoteKind.Consensus
        ? "Consensus"
        : string.Create(CultureInfo.InvariantCulture, $"Vote: {decision.VotesFor} for, {decision.VotesAgainst} against, {decision.Abstentions} abstaining");

    private static ReportScreening Screening(MemberDossier dossier)
    {
        var persons = dossier.Delegations.SelectMany(d => d.Persons).ToList();
        var alerts = persons.SelectMany(p => p.Alerts.Select(a => (p.Person, a.Alert))).DistinctBy(x => x.Alert.Id).ToList();
        return new ReportScreening(
            persons.Count,
            persons.Count(p => p.Screenings.Count > 0),
            alerts.Count(a => a.Alert.Status is AlertStatus.Open or AlertStatus.Escalated),
            alerts.Count(a => a.Alert.Status == AlertStatus.TrueMatch),
            alerts.Count(a => a.Alert.Status == AlertStatus.FalsePositive),
            [.. alerts.Select(a => $"{a.Person.Name} ({a.Person.Role}): {a.Alert.EntityName} on {a.Alert.Source}, alert {a.Alert.Id} {Status(a.Alert.Status)}")]);
    }

    private static string Status(AlertStatus status) => status switch
    {
        AlertStatus.TrueMatch => "confirmed true match",
        AlertStatus.FalsePositive => "false positive",
        AlertStatus.Escalated => "escalated",
        _ => "open",
    };
}
