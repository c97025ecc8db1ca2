using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Store.Audit;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Credence.Store.Screening;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>
/// Screens every person of a delegation, whatever their role, under their name and each alias (with date of birth,
/// nationality and document number), through <see cref="ScreeningRecorder"/> with origin Credentials: hits above the
/// threshold become alerts in the ordinary review queue. Each screening is linked to the person
/// (<see cref="DelegateScreening"/>). <see cref="RescreenOpenSessionsAsync"/> is what a host calls after a list change:
/// every current delegate of every open session is screened again; a new alert on a delegate whose member holds an
/// accepting decision (accepted, with restrictions, provisional) reopens review through a
/// <see cref="CommitteeNoticeKind.ReviewReopened"/> notice; on other members it sends a <see cref="CommitteeNoticeKind.NewAlert"/> notice.
/// </summary>
public sealed class DelegateScreeningWorkflow
{
    /// <summary>The decisions under which a member's delegates are accredited, so a new hit reopens review.</summary>
    public static readonly IReadOnlySet<CredentialsOutcome> Accrediting =
        new HashSet<CredentialsOutcome> { CredentialsOutcome.Accepted, CredentialsOutcome.AcceptedWithRestrictions, CredentialsOutcome.Provisional };

    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;
    private readonly ScreeningRecorder _recorder;

    public DelegateScreeningWorkflow(CredenceDbContext db, TimeProvider time, AuditLog audit, ScreeningRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(recorder);
        _db = db;
        _time = time;
        _audit = audit;
        _recorder = recorder;
    }

    /// <summary>Screens the current persons of one delegation against <paramref name="corpus"/>.</summary>
    /// <param name="corpus">The lists in force (the host's current corpus).</param>
    /// <param name="delegationId">The delegation.</param>
    /// <param name="actor">Who asked ("system" after a submission).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<CredentialsResult<IReadOnlyList<PersonScreening>>> ScreenDelegationAsync(
        ScreeningCorpus corpus, long delegationId, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var delegation = await _db.Delegations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == delegationId, cancellationToken).ConfigureAwait(false);
        if (delegation is null) return CredentialsResult<IReadOnlyList<PersonScreening>>.NotFound("delegationId", $"No delegation {delegationId}.");
        var screened = await ScreenAsync(corpus, [delegation], "submission", actor, null, cancellationToken).ConfigureAwait(false);
        var notices = await NotifyAsync(screened, onlyAccredited: true, cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "delegation.screened", $"delegation:{delegationId}",
            $"{screened.Count} persons, {screened.Sum(s => s.NewAlertIds.Count)} new alerts, {notices.Count} notices", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<IReadOnlyList<PersonScreening>>.Ok(screened);
    }

    /// <summary>
    /// Re-screens every current delegate of every open session (closed sessions are left alone), e.g. after a list
    /// snapshot changed. New alerts on accredited delegates reopen review and tell the committee.
    /// </summary>
    /// <param name="corpus">The new corpus.</param>
    /// <param name="cause">Why, e.g. "ofac-sdn snapshot 12 imported"; stored as the alerts' cause.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<RescreenSummary> RescreenOpenSessionsAsync(ScreeningCorpus corpus, string cause, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var open = await _db.AssemblySessions.AsNoTracking().Where(s => s.Status == SessionStatus.Open).Select(s => s.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var delegations = await _db.Delegations.AsNoTracking().Where(d => open.Contains(d.SessionId)).OrderBy(d => d.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var screened = await ScreenAsync(corpus, delegations, "list-change", "system", cause, cancellationToken).ConfigureAwait(false);
        var notices = await NotifyAsync(screened, onlyAccredited: false, cancellationToken).ConfigureAwait(false);
        var alerts = screened.SelectMany(s => s.NewAlertIds).ToList();
        await _audit.AppendAsync("system", "delegates.rescreened", null,
            $"{cause}: {open.Count} open sessions, {delegations.Count} delegations, {screened.Count} persons, {alerts.Count} new alerts, {notices.Count} notices",
            cancellationToken).ConfigureAwait(false);
        return new RescreenSummary(open.Count, delegations.Count, screened.Count, alerts, notices);
    }

    /// <summary>The query screened for one name of a person: their date of birth, nationality and document number go with it.</summary>
    public static ScreeningQuery QueryFor(DelegationPerson person, string name)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new ScreeningQuery
        {
            Name = name,
            Schema = EntitySchema.Person,
            BirthDate = PartialDate.TryParseIso(person.BirthDate, out var born) ? born : null,
            Country = person.Nationality,
            Identifiers = string.IsNullOrWhiteSpace(person.DocumentNumber) ? [] : [person.DocumentNumber],
            Reference = $"delegate:{person.Id}",
        };
    }

    private async Task<List<PersonScreening>> ScreenAsync(
        ScreeningCorpus corpus, IReadOnlyList<Delegation> delegations, string trigger, string actor, string? cause, CancellationToken cancellationToken)
    {
        var persons = new List<DelegationPerson>();
        foreach (var delegation in delegations)
        {
            persons.AddRange(await _db.DelegationPersons.AsNoTracking()
                .Where(p => p.DelegationId == delegation.Id && p.Version == delegation.Version).OrderBy(p => p.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }
        var requests = new List<(DelegationPerson Person, string Name, ScreeningRequest Request)>();
        foreach (var person in persons)
        {
            foreach (var name in new[] { person.Name }.Concat(person.AliasList()).Distinct(StringComparer.Ordinal))
            {
                var why = $"Delegate {person.Name} ({person.Role}, delegation {person.DelegationId})" + (cause is null ? "" : $"; {cause}");
                requests.Add((person, name, new ScreeningRequest
                {
                    Query = QueryFor(person, name),
                    Actor = actor,
                    Origin = ScreeningOrigin.Credentials,
                    Cause = _ => why,
                }));
            }
        }
        if (requests.Count == 0) return [];
        var recorded = await _recorder.ScreenManyAsync(corpus, [.. requests.Select(r => r.Request)], cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        for (var i = 0; i < requests.Count; i++)
        {
            _db.DelegateScreenings.Add(new DelegateScreening
            {
                PersonId = requests[i].Person.Id,
                ScreeningId = recorded[i].Record.Id,
                ScreenedName = requests[i].Name,
                ScreenedAt = now,
                Trigger = trigger,
                NewAlerts = recorded[i].Hits.Count(h => h.Disposition == HitDisposition.NewAlert),
            });
        }
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [.. persons.Select(p => new PersonScreening(
            p, [.. recorded.Where((_, i) => requests[i].Person.Id == p.Id)]))];
    }

    private async Task<List<CommitteeNotice>> NotifyAsync(List<PersonScreening> screened, bool onlyAccredited, CancellationToken cancellationToken)
    {
        var notices = new List<CommitteeNotice>();
        var now = _time.GetUtcNow();
        foreach (var group in screened.Where(s => s.NewAlertIds.Count > 0).GroupBy(s => s.Person.DelegationId))
        {
            var delegation = await _db.Delegations.AsNoTracking().FirstAsync(d => d.Id == group.Key, cancellationToken).ConfigureAwait(false);
            var current = await CurrentDecisionAsync(_db, delegation.SessionId, delegation.MemberId, cancellationToken).ConfigureAwait(false);
            var accredited = current is not null && Accrediting.Contains(current.Outcome)
                && (current.DelegationId is null || current.DelegationId == delegation.Id);
            if (!accredited && onlyAccredited) continue;
            foreach (var person in group)
            {
                foreach (var alertId in person.NewAlertIds)
                {
                    var alert = await _db.Alerts.AsNoTracking().FirstAsync(a => a.Id == alertId, cancellationToken).ConfigureAwait(false);
                    notices.Add(new CommitteeNotice
                    {
                        SessionId = delegation.SessionId,
                        MemberId = delegation.MemberId,
                        PersonId = person.Person.Id,
                        AlertId = alertId,
                        Kind = accredited ? CommitteeNoticeKind.ReviewReopened : CommitteeNoticeKind.NewAlert,
                        DecisionId = accredited ? current!.Id : null,
                        CreatedAt = now,
                        Message = accredited
                            ? $"New hit on accredited delegate {person.Person.Name} ({person.Person.Role}): {alert.EntityName} ({alert.Source}). Review of decision {current!.Id} ({current.Outcome}) is reopened."
                            : $"New hit on delegate {person.Person.Name} ({person.Person.Role}): {alert.EntityName} ({alert.Source}).",
                    });
                }
            }
        }
        if (notices.Count == 0) return notices;
        _db.CommitteeNotices.AddRange(notices);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var notice in notices.Where(n => n.Kind == CommitteeNoticeKind.ReviewReopened))
        {
            await _audit.AppendAsync("system", "credentials.review-reopened", $"decision:{notice.DecisionId}",
                notice.Message, cancellationToken).ConfigureAwait(false);
        }
        return notices;
    }

    /// <summary>The member's current (not superseded) decision for the session, or null.</summary>
    internal static Task<CredentialsDecision?> CurrentDecisionAsync(CredenceDbContext db, long sessionId, long memberId, CancellationToken cancellationToken) =>
        db.CredentialsDecisions.AsNoTracking()
            .Where(d => d.SessionId == sessionId && d.MemberId == memberId && d.SupersededById == null)
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(cancellationToken);
}
