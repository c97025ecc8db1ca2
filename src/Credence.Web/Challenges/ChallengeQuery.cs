using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Credence.Web.Endpoints;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Challenges;

/// <summary>Reads challenges for the API and the pages: lists with endorsement counts, one challenge in full, and the targets to file against.</summary>
public sealed class ChallengeQuery
{
    // ChallengeWorkflow.ImportAsync stores each near-duplicate pair as an import note with this opening; it is read back as a pair.
    private const string NearDuplicatePrefix = "Near-duplicate signatories, check whether they are the same: ";

    private readonly CredenceDbContext _db;

    public ChallengeQuery(CredenceDbContext db)
    {
        _db = db;
    }

    /// <summary>Challenges, newest first, optionally of one session and member.</summary>
    public async Task<IReadOnlyList<ChallengeListItem>> ListAsync(long? sessionId, long? memberId, CancellationToken cancellationToken)
    {
        var challenges = await _db.Challenges.AsNoTracking()
            .Where(c => (sessionId == null || c.SessionId == sessionId) && (memberId == null || c.MemberId == memberId))
            .OrderByDescending(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = challenges.Select(c => c.Id).ToList();
        var counts = await _db.ChallengeEndorsements.AsNoTracking().Where(e => ids.Contains(e.ChallengeId))
            .GroupBy(e => e.ChallengeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync(challenges, cancellationToken).ConfigureAwait(false);
        return [.. challenges.Select(c => Item(c, counts.GetValueOrDefault(c.Id), names))];
    }

    /// <summary>One challenge with its numbered endorsements, contacts, near-duplicate pairs and problems; null when unknown.</summary>
    public async Task<ChallengeDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var challenge = await _db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (challenge is null) return null;
        var endorsements = await _db.ChallengeEndorsements.AsNoTracking().Where(e => e.ChallengeId == id).OrderBy(e => e.Number)
            .Select(e => new ChallengeEndorsementItem(e.Number, e.Organisation)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var contacts = await _db.ChallengeContacts.AsNoTracking().Where(c => c.ChallengeId == id).OrderBy(c => c.Id)
            .Select(c => new ChallengeContactItem(c.Name, c.Organisation, c.Email)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await NamesAsync([challenge], cancellationToken).ConfigureAwait(false);
        var notes = Lines(challenge.ImportProblems);
        var pairs = notes.Where(n => n.StartsWith(NearDuplicatePrefix, StringComparison.Ordinal))
            .Select(n => (IReadOnlyList<string>)n[NearDuplicatePrefix.Length..].Split(" / "))
            .ToList();
        return new ChallengeDetail(
            Item(challenge, endorsements.Count, names),
            Lines(challenge.Addressees),
            Lines(challenge.Demands),
            challenge.Text,
            contacts,
            endorsements,
            challenge.StatedCount,
            pairs,
            [.. notes.Where(n => !n.StartsWith(NearDuplicatePrefix, StringComparison.Ordinal))],
            challenge.ReceivedBy);
    }

    /// <summary>The sessions (id, label), newest first.</summary>
    public async Task<IReadOnlyList<(long Id, string Label)>> SessionsAsync(CancellationToken cancellationToken)
    {
        var sessions = await _db.AssemblySessions.AsNoTracking().OrderByDescending(s => s.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. sessions.Select(s => (s.Id, $"{s.Name} ({s.Place})"))];
    }

    /// <summary>The members (id, label), by name.</summary>
    public async Task<IReadOnlyList<(long Id, string Label)>> MembersAsync(CancellationToken cancellationToken)
    {
        var members = await _db.Members.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. members.Select(m => (m.Id, $"{m.Name} ({m.CountryCode})"))];
    }

    /// <summary>Every delegation, authority and delegation member a challenge can be filed against.</summary>
    public async Task<IReadOnlyList<ChallengeTargetChoice>> TargetsAsync(CancellationToken cancellationToken)
    {
        var members = await _db.Members.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken).ConfigureAwait(false);
        var authorities = await _db.Authorities.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var delegations = await _db.Delegations.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var authorityNames = authorities.ToDictionary(a => a.Id, a => a.Name);
        var delegationIds = delegations.Select(d => d.Id).ToList();
        var persons = await _db.DelegationPersons.AsNoTracking().Where(p => delegationIds.Contains(p.DelegationId))
            .OrderBy(p => p.DelegationId).ThenBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byDelegation = delegations.ToDictionary(d => d.Id);
        var choices = new List<ChallengeTargetChoice>();
        choices.AddRange(delegations.Select(d => new ChallengeTargetChoice(
            $"delegation:{d.Id}", $"Delegation of {members.GetValueOrDefault(d.MemberId, "?")} from {authorityNames.GetValueOrDefault(d.AuthorityId, "?")} (#{d.Id})", d.SessionId)));
        choices.AddRange(authorities.Select(a => new ChallengeTargetChoice($"authority:{a.Id}", $"Authority: {a.Name} ({a.CountryCode})", null)));
        // A person appears in every version of a delegation; the latest row per name is enough to choose from.
        choices.AddRange(persons.GroupBy(p => (p.DelegationId, p.Name)).Select(g => g.Last()).Select(p => new ChallengeTargetChoice(
            $"person:{p.Id}", $"Person: {p.Name} ({p.Role}, delegation of {members.GetValueOrDefault(byDelegation[p.DelegationId].MemberId, "?")})",
            byDelegation[p.DelegationId].SessionId)));
        return choices;
    }

    private async Task<Dictionary<string, string>> NamesAsync(IReadOnlyList<Challenge> challenges, CancellationToken cancellationToken)
    {
        var memberIds = challenges.Select(c => c.MemberId).Distinct().ToList();
        var names = (await _db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(m => "member:" + m.Id, m => m.Name, StringComparer.Ordinal);
        var authorityIds = challenges.Where(c => c.Target == ChallengeTarget.Authority).Select(c => c.TargetId).ToList();
        foreach (var a in await _db.Authorities.AsNoTracking().Where(a => authorityIds.Contains(a.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            names["authority:" + a.Id] = a.Name;
        var personIds = challenges.Where(c => c.Target == ChallengeTarget.Person).Select(c => c.TargetId).ToList();
        foreach (var p in await _db.DelegationPersons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            names["person:" + p.Id] = p.Name;
        return names;
    }

    private static ChallengeListItem Item(Challenge c, int named, Dictionary<string, string> names)
    {
        var member = names.GetValueOrDefault("member:" + c.MemberId, "?");
        var target = c.Target switch
        {
            ChallengeTarget.Authority => names.GetValueOrDefault("authority:" + c.TargetId, "?"),
            ChallengeTarget.Person => names.GetValueOrDefault("person:" + c.TargetId, "?"),
            _ => "Delegation of " + member,
        };
        return new ChallengeListItem(c.Id, c.Title, c.Date, c.SessionId, c.MemberId, member, c.Target.ToString(), c.TargetId, target,
            named, c.AnonymousEndorsements, named + c.AnonymousEndorsements, c.ReceivedAt);
    }

    private static List<string> Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
