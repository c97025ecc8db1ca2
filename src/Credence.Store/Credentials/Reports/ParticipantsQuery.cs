using System.Globalization;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials.Reports;

/// <summary>
/// The public list of participants of a session: the persons of the delegation each member's current decision seats
/// (accepted, accepted with restrictions, provisional, or observer only), for public decisions only. Members not decided,
/// deferred or rejected, and decisions not public, do not appear. No date of birth or document number is given.
/// </summary>
public sealed class ParticipantsQuery
{
    private readonly CredenceDbContext _db;

    public ParticipantsQuery(CredenceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>The participants, by member name (invariant culture), then role, then the order submitted.</summary>
    public async Task<IReadOnlyList<Participant>> ListAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        var decisions = await _db.CredentialsDecisions.AsNoTracking()
            .Where(d => d.SessionId == sessionId && d.SupersededById == null && d.Visibility == DecisionVisibility.Public)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var participants = new List<(Participant Participant, long Order)>();
        foreach (var decision in decisions.Where(d => DelegateScreeningWorkflow.Accrediting.Contains(d.Outcome) || d.Outcome == CredentialsOutcome.ObserverOnly))
        {
            var member = await _db.Members.AsNoTracking().FirstAsync(m => m.Id == decision.MemberId, cancellationToken).ConfigureAwait(false);
            var delegations = await _db.Delegations.AsNoTracking()
                .Where(d => d.SessionId == sessionId && d.MemberId == decision.MemberId && (decision.DelegationId == null || d.Id == decision.DelegationId))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (delegations.Count != 1) continue;
            var delegation = delegations[0];
            var persons = await _db.DelegationPersons.AsNoTracking()
                .Where(p => p.DelegationId == delegation.Id && p.Version == delegation.Version).ToListAsync(cancellationToken).ConfigureAwait(false);
            participants.AddRange(persons.Select(p => (
                new Participant(member.CountryCode, member.Name, p.Name, p.Role, p.Rank, p.Function, decision.Outcome), p.Id)));
        }
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        return [.. participants
            .OrderBy(p => p.Participant.Member, Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.IgnoreCase)))
            .ThenBy(p => p.Participant.Role)
            .ThenBy(p => p.Order)
            .Select(p => p.Participant)];
    }
}
