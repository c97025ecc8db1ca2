using System.Globalization;
using Credence.Lists.Letters;
using Credence.Store.Audit;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>
/// Civil-society challenges against a delegation, an authority or a person: filed by hand or imported from a parsed
/// sign-on letter (<see cref="ParsedLetter"/>, whose signatories become the endorsements). Each challenge is linked to its
/// target and to the member and session it concerns, so the committee sees it in that member's dossier.
/// </summary>
public sealed class ChallengeWorkflow
{
    /// <summary>Longest title accepted, in characters.</summary>
    public const int MaxTitleLength = 500;

    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;

    public ChallengeWorkflow(CredenceDbContext db, TimeProvider time, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        _db = db;
        _time = time;
        _audit = audit;
    }

    /// <summary>Files a challenge. Unknown targets are NotFound; a target outside the session, a blank title or a negative count are Invalid.</summary>
    public Task<CredentialsResult<ChallengeSummary>> CreateAsync(ChallengeInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return CreateCoreAsync(input, Numbered(input.Endorsers), actor, cancellationToken);
    }

    private async Task<CredentialsResult<ChallengeSummary>> CreateCoreAsync(
        ChallengeInput input, IReadOnlyList<(int Number, string Name)> endorsers, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<CredentialsError>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add(new("title", "A title is required."));
        else if (input.Title.Length > MaxTitleLength) errors.Add(new("title", $"Longer than {MaxTitleLength} characters."));
        if (input.AnonymousEndorsements < 0) errors.Add(new("anonymousEndorsements", "Cannot be negative."));
        if (errors.Count > 0) return CredentialsResult<ChallengeSummary>.Invalid(errors);
        var target = input.Target;
        if (!await _db.AssemblySessions.AnyAsync(s => s.Id == target.SessionId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<ChallengeSummary>.NotFound("target.sessionId", $"No session {target.SessionId}.");
        var (memberId, failure) = await ResolveMemberAsync(target, cancellationToken).ConfigureAwait(false);
        if (failure is not null) return failure;

        var challenge = new Challenge
        {
            Title = input.Title.Trim(),
            Date = input.Date,
            Addressees = Lines(input.Addressees),
            Text = input.Text,
            Demands = Lines(input.Demands),
            MemberId = memberId,
            SessionId = target.SessionId,
            Target = target.Target,
            TargetId = target.TargetId,
            AnonymousEndorsements = input.AnonymousEndorsements,
            StatedCount = input.StatedCount,
            ImportProblems = Lines(input.Problems),
            ReceivedAt = _time.GetUtcNow(),
            ReceivedBy = actor,
        };
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            _db.Challenges.Add(challenge);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var endorsements = endorsers.Select(e => new ChallengeEndorsement
            {
                ChallengeId = challenge.Id,
                Number = e.Number,
                Organisation = e.Name,
            }).ToList();
            var contacts = input.Contacts.Where(c => !string.IsNullOrWhiteSpace(c.Name)).Select(c => new ChallengeContact
            {
                ChallengeId = challenge.Id,
                Name = c.Name.Trim(),
                Organisation = c.Organisation?.Trim(),
                Email = c.Email?.Trim(),
            }).ToList();
            _db.ChallengeEndorsements.AddRange(endorsements);
            _db.ChallengeContacts.AddRange(contacts);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await _audit.AppendAsync(actor, "challenge.filed", $"challenge:{challenge.Id}",
                $"{challenge.Title}: against {challenge.Target} {challenge.TargetId}, member {memberId}, {endorsements.Count} named and {challenge.AnonymousEndorsements} anonymous endorsements",
                cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return CredentialsResult<ChallengeSummary>.Ok(new ChallengeSummary(challenge, endorsements, contacts));
        }
    }

    /// <summary>
    /// Files a challenge from a parsed sign-on letter: its title, date, addressees, contacts and demands, its signatories as
    /// the endorsements (the parser already deduplicated and numbered them), its stated count, and its problems and
    /// near-duplicate pairs as import notes for a person to check.
    /// </summary>
    /// <param name="letter">The parsed letter.</param>
    /// <param name="target">What it is filed against.</param>
    /// <param name="text">The letter's frozen text, if kept.</param>
    /// <param name="anonymousEndorsements">Endorsements withheld for safety (counted, not named).</param>
    /// <param name="actor">Who imported it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public Task<CredentialsResult<ChallengeSummary>> ImportAsync(
        ParsedLetter letter, ChallengeTargetRef target, string? text, int anonymousEndorsements, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var problems = letter.Problems
            .Concat(letter.NearDuplicates.Select(pair => "Near-duplicate signatories, check whether they are the same: " + string.Join(" / ", pair)))
            .ToList();
        var input = new ChallengeInput(target, letter.Title)
        {
            Date = letter.Date,
            Addressees = letter.Addressees,
            Text = text,
            Demands = letter.Demands,
            Contacts = letter.Contacts,
            Endorsers = [.. letter.Signatories.OrderBy(s => s.Number).Select(s => s.Name)],
            AnonymousEndorsements = anonymousEndorsements,
            StatedCount = letter.StatedCount,
            Problems = problems,
        };
        // The parser already deduplicated, alphabetised and numbered the list; its numbers are the published ones, so they are kept.
        return CreateCoreAsync(input, [.. letter.Signatories.Where(x => !string.IsNullOrWhiteSpace(x.Name)).OrderBy(x => x.Number).Select(x => (x.Number, x.Name.Trim()))],
            actor, cancellationToken);
    }

    /// <summary>The challenges of a session, for one member or (null) all, oldest first.</summary>
    public Task<IReadOnlyList<ChallengeSummary>> ListAsync(long sessionId, long? memberId = null, CancellationToken cancellationToken = default) =>
        ListCoreAsync(_db, sessionId, memberId, cancellationToken);

    /// <summary>The endorsers deduplicated on their normalised names (case, spacing and punctuation at the ends ignored), alphabetised and numbered from 1.</summary>
    public static IReadOnlyList<(int Number, string Name)> Numbered(IEnumerable<string> endorsers)
    {
        ArgumentNullException.ThrowIfNull(endorsers);
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        return [.. endorsers
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => string.Join(' ', e.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .DistinctBy(Normalise, StringComparer.Ordinal)
            .Order(Comparer<string>.Create((a, b) => compare.Compare(a, b, CompareOptions.IgnoreCase)))
            .Select((name, i) => (i + 1, name))];
    }

    internal static async Task<IReadOnlyList<ChallengeSummary>> ListCoreAsync(
        CredenceDbContext db, long sessionId, long? memberId, CancellationToken cancellationToken)
    {
        var challenges = await db.Challenges.AsNoTracking()
            .Where(c => c.SessionId == sessionId && (memberId == null || c.MemberId == memberId)).OrderBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var summaries = new List<ChallengeSummary>();
        foreach (var challenge in challenges)
        {
            var endorsements = await db.ChallengeEndorsements.AsNoTracking().Where(e => e.ChallengeId == challenge.Id).OrderBy(e => e.Number)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var contacts = await db.ChallengeContacts.AsNoTracking().Where(c => c.ChallengeId == challenge.Id).OrderBy(c => c.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            summaries.Add(new ChallengeSummary(challenge, endorsements, contacts));
        }
        return summaries;
    }

    private static string Normalise(string name) => name.Trim().Trim('.', ',', ';').ToLowerInvariant();

    private static string? Lines(IReadOnlyList<string> lines)
    {
        var kept = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        return kept.Count == 0 ? null : string.Join('\n', kept);
    }

    private async Task<(long MemberId, CredentialsResult<ChallengeSummary>? Failure)> ResolveMemberAsync(
        ChallengeTargetRef target, CancellationToken cancellationToken)
    {
        switch (target.Target)
        {
            case ChallengeTarget.Delegation:
            case ChallengeTarget.Person:
                var delegationId = target.Target == ChallengeTarget.Delegation
                    ? target.TargetId
                    : await _db.DelegationPersons.Where(p => p.Id == target.TargetId).Select(p => (long?)p.DelegationId)
                        .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) ?? -1;
                var delegation = await _db.Delegations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == delegationId, cancellationToken).ConfigureAwait(false);
                if (delegation is null) return (0, CredentialsResult<ChallengeSummary>.NotFound("target.targetId", $"No {target.Target} {target.TargetId}."));
                if (delegation.SessionId != target.SessionId)
                    return (0, CredentialsResult<ChallengeSummary>.Invalid([new("target.sessionId", "The target belongs to another session.")]));
                return (delegation.MemberId, null);
            case ChallengeTarget.Authority:
                if (!await _db.Authorities.AnyAsync(a => a.Id == target.TargetId, cancellationToken).ConfigureAwait(false))
                    return (0, CredentialsResult<ChallengeSummary>.NotFound("target.targetId", $"No authority {target.TargetId}."));
                var claimed = await _db.AuthorityClaims.Where(c => c.AuthorityId == target.TargetId).Select(c => c.MemberId).Distinct()
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                if (target.MemberId is { } given)
                {
                    return await _db.Members.AnyAsync(m => m.Id == given, cancellationToken).ConfigureAwait(false)
                        ? (given, null)
                        : (0, CredentialsResult<ChallengeSummary>.NotFound("target.memberId", $"No member {given}."));
                }
                return claimed.Count == 1
                    ? (claimed[0], null)
                    : (0, CredentialsResult<ChallengeSummary>.Invalid([new("target.memberId", "Say which member the challenge concerns: the authority claims none or several.")]));
            default:
                return (0, CredentialsResult<ChallengeSummary>.Invalid([new("target.target", $"Unknown target {(int)target.Target}.")]));
        }
    }
}
