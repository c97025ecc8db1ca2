using Credence.Store.Credentials;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.SignOn;

/// <summary>The secretariat's and committee's side: letters with their counts, the moderation queue, and publishing.</summary>
public sealed partial class SignOnWorkflow
{
    /// <summary>Every letter, newest first, with its endorsement counts.</summary>
    public async Task<IReadOnlyList<OpenLetterOverview>> ListAsync(CancellationToken cancellationToken = default)
    {
        var letters = await _db.OpenLetters.AsNoTracking().OrderByDescending(l => l.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var counts = await _db.LetterEndorsements.AsNoTracking()
            .GroupBy(e => new { e.OpenLetterId, Confirmed = e.ConfirmedAt != null, e.Moderation })
            .Select(g => new { g.Key.OpenLetterId, g.Key.Confirmed, g.Key.Moderation, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        int Count(long id, bool confirmed, EndorsementModeration moderation) =>
            counts.Where(c => c.OpenLetterId == id && c.Confirmed == confirmed && c.Moderation == moderation).Sum(c => c.Count);
        return [.. letters.Select(l => new OpenLetterOverview(
            l,
            Count(l.Id, false, EndorsementModeration.Pending),
            Count(l.Id, true, EndorsementModeration.Pending),
            Count(l.Id, true, EndorsementModeration.Approved),
            Count(l.Id, true, EndorsementModeration.Rejected)))];
    }

    /// <summary>The letter <paramref name="letterId"/> in any status, or null.</summary>
    public Task<OpenLetter?> FindAsync(long letterId, CancellationToken cancellationToken = default) =>
        _db.OpenLetters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken);

    /// <summary>Confirmed endorsements waiting for a moderator, oldest first. Unconfirmed ones are not shown: nobody vouched for them yet.</summary>
    public async Task<IReadOnlyList<LetterEndorsement>> ModerationQueueAsync(long letterId, CancellationToken cancellationToken = default) =>
        await _db.LetterEndorsements.AsNoTracking()
            .Where(e => e.OpenLetterId == letterId && e.ConfirmedAt != null && e.Moderation == EndorsementModeration.Pending)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Approves or rejects a confirmed endorsement (a rejection needs a reason), and audits it. An unconfirmed endorsement is
    /// Invalid; one whose letter has been published into a challenge is Locked.
    /// </summary>
    public async Task<CredentialsResult<LetterEndorsement>> ModerateAsync(
        long endorsementId, bool approve, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        var endorsement = await _db.LetterEndorsements.FirstOrDefaultAsync(e => e.Id == endorsementId, cancellationToken).ConfigureAwait(false);
        if (endorsement is null) return CredentialsResult<LetterEndorsement>.NotFound("endorsementId", $"No endorsement {endorsementId}.");
        if (endorsement.ConfirmedAt is null)
            return CredentialsResult<LetterEndorsement>.Invalid([new("endorsementId", "The endorsement has not been confirmed by email yet.")]);
        var trimmed = reason?.Trim();
        if (!approve && string.IsNullOrEmpty(trimmed))
            return CredentialsResult<LetterEndorsement>.Invalid([new("reason", "Say why the endorsement is rejected.")]);
        if (trimmed is { Length: > 1000 }) return CredentialsResult<LetterEndorsement>.Invalid([new("reason", "Longer than 1,000 characters.")]);
        var published = await _db.OpenLetters.AnyAsync(l => l.Id == endorsement.OpenLetterId && l.ChallengeId != null, cancellationToken).ConfigureAwait(false);
        if (published)
            return CredentialsResult<LetterEndorsement>.Fail(CredentialsStatus.Locked, "endorsementId", "The letter has been published into a challenge.");
        endorsement.Moderation = approve ? EndorsementModeration.Approved : EndorsementModeration.Rejected;
        endorsement.ModerationReason = string.IsNullOrEmpty(trimmed) ? null : trimmed;
        endorsement.ModeratedBy = actor;
        endorsement.ModeratedAt = _time.GetUtcNow();
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, approve ? "letter.endorsement.approved" : "letter.endorsement.rejected",
            $"letter-endorsement:{endorsement.Id}",
            $"letter {endorsement.OpenLetterId}: {endorsement.Organisation}{(endorsement.Anonymous ? " (anonymous)" : "")}{(trimmed is { Length: > 0 } ? ": " + trimmed : "")}",
            cancellationToken).ConfigureAwait(false);
        return CredentialsResult<LetterEndorsement>.Ok(endorsement);
    }

    /// <summary>The public list: approved and confirmed named endorsers (numbered, alphabetised) and the count of anonymous ones.</summary>
    public async Task<PublicSignatures> PublicSignaturesAsync(long letterId, CancellationToken cancellationToken = default)
    {
        var approved = await ApprovedAsync(letterId, cancellationToken).ConfigureAwait(false);
        return new PublicSignatures(
            ChallengeWorkflow.Numbered(approved.Where(e => !e.Anonymous).Select(e => e.Organisation)),
            approved.Count(e => e.Anonymous));
    }

    /// <summary>
    /// Files a challenge from the letter: its title, frozen text and opening date, the approved named endorsements as its
    /// endorsing organisations and the approved anonymous ones as its count. A draft is Invalid; a letter already published
    /// is a Conflict; the target is checked as <see cref="ChallengeWorkflow.CreateAsync"/> checks it.
    /// </summary>
    public async Task<CredentialsResult<ChallengeSummary>> PublishAsync(
        long letterId, ChallengeTargetRef target, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var letter = await _db.OpenLetters.FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken).ConfigureAwait(false);
        if (letter is null) return CredentialsResult<ChallengeSummary>.NotFound("letterId", $"No open letter {letterId}.");
        if (letter.Status == OpenLetterStatus.Draft)
            return CredentialsResult<ChallengeSummary>.Invalid([new("status", "A draft has no endorsements to publish: open it first.")]);
        if (letter.ChallengeId is { } existing)
            return CredentialsResult<ChallengeSummary>.Fail(CredentialsStatus.Conflict, "letterId", $"Already published as challenge {existing}.");
        var approved = await ApprovedAsync(letterId, cancellationToken).ConfigureAwait(false);
        var input = new ChallengeInput(target, letter.Title)
        {
            Date = letter.OpenedAt is { } opened ? DateOnly.FromDateTime(opened.UtcDateTime) : null,
            Text = letter.Text,
            Endorsers = [.. approved.Where(e => !e.Anonymous).Select(e => e.Organisation)],
            AnonymousEndorsements = approved.Count(e => e.Anonymous),
        };
        var result = await new ChallengeWorkflow(_db, _time, _audit).CreateAsync(input, actor, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded) return result;
        letter.ChallengeId = result.Value!.Challenge.Id;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "letter.published", $"letter:{letter.Id}",
            $"{letter.Slug} into challenge {letter.ChallengeId}: {input.Endorsers.Count} named and {input.AnonymousEndorsements} anonymous endorsements",
            cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task<List<LetterEndorsement>> ApprovedAsync(long letterId, CancellationToken cancellationToken) =>
        await _db.LetterEndorsements.AsNoTracking()
            .Where(e => e.OpenLetterId == letterId && e.ConfirmedAt != null && e.Moderation == EndorsementModeration.Approved)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
