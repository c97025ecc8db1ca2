using System.Security.Cryptography;
using Credence.Store.Audit;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>
/// Submission and amendment of delegations. A focal point acts only for the members assigned to them; the secretariat
/// for any. A submission after the credentials deadline is stored and flagged late. A second authority's submission for
/// the same member and session opens a <see cref="RepresentationDispute"/>. An amendment adds a version and keeps the
/// earlier ones; once the committee has decided (the delegation is locked) a change needs a new decision first.
/// </summary>
public sealed class DelegationWorkflow
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;

    public DelegationWorkflow(CredenceDbContext db, TimeProvider time, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        _db = db;
        _time = time;
        _audit = audit;
    }

    /// <summary>Submits a delegation. Refuses (as a result) unknown ids, a closed session, another member's focal point,
    /// invalid persons, and a second submission by the same authority (amend instead).</summary>
    public async Task<CredentialsResult<SubmittedDelegation>> SubmitAsync(
        DelegationSubmission submission, CredentialsActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(actor);
        var session = await _db.AssemblySessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submission.SessionId, cancellationToken).ConfigureAwait(false);
        if (session is null) return CredentialsResult<SubmittedDelegation>.NotFound("sessionId", $"No session {submission.SessionId}.");
        if (!await _db.Members.AnyAsync(m => m.Id == submission.MemberId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<SubmittedDelegation>.NotFound("memberId", $"No member {submission.MemberId}.");
        if (!await _db.Authorities.AnyAsync(a => a.Id == submission.AuthorityId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<SubmittedDelegation>.NotFound("authorityId", $"No authority {submission.AuthorityId}.");
        if (session.Status == SessionStatus.Closed)
            return CredentialsResult<SubmittedDelegation>.Fail(CredentialsStatus.Locked, "sessionId", "The session is closed.");
        if (!await MayActForAsync(actor, submission.MemberId, cancellationToken).ConfigureAwait(false))
            return Forbidden(actor, submission.MemberId);
        var errors = DelegationValidation.Validate(submission.Persons, submission.Letter);
        if (errors.Count > 0) return CredentialsResult<SubmittedDelegation>.Invalid(errors);
        var existing = await _db.Delegations.AsNoTracking()
            .Where(d => d.SessionId == submission.SessionId && d.MemberId == submission.MemberId && d.AuthorityId == submission.AuthorityId)
            .Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return CredentialsResult<SubmittedDelegation>.Fail(CredentialsStatus.Conflict, "authorityId",
                $"This authority already submitted delegation {existing} for the member and session; amend it instead.");
        }

        var now = _time.GetUtcNow();
        var late = now > session.CredentialsDeadline;
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var delegation = new Delegation
            {
                MemberId = submission.MemberId,
                SessionId = submission.SessionId,
                AuthorityId = submission.AuthorityId,
                Status = DelegationStatus.Submitted,
                SubmittedAt = now,
                SubmittedBy = actor.Name,
                Channel = actor.IsSecretariat ? SubmissionChannel.Secretariat : SubmissionChannel.FocalPoint,
                IsLate = late,
                Version = 1,
                LastChangedAt = now,
            };
            _db.Delegations.Add(delegation);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var (persons, letter) = await AddVersionAsync(delegation, submission.Persons, submission.Letter, null, "submitted", late, actor.Name, now, cancellationToken)
                .ConfigureAwait(false);
            var dispute = await OpenDisputeIfCompetingAsync(delegation, now, cancellationToken).ConfigureAwait(false);
            if (late)
            {
                _db.CommitteeNotices.Add(new CommitteeNotice
                {
                    SessionId = delegation.SessionId,
                    MemberId = delegation.MemberId,
                    Kind = CommitteeNoticeKind.LateSubmission,
                    CreatedAt = now,
                    Message = $"Delegation {delegation.Id} was submitted on {now:yyyy-MM-dd HH:mm} UTC, after the deadline of {session.CredentialsDeadline:yyyy-MM-dd HH:mm} UTC.",
                });
                await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            await _audit.AppendAsync(actor.Name, "delegation.submitted", $"delegation:{delegation.Id}",
                $"member {delegation.MemberId}, session {delegation.SessionId}, authority {delegation.AuthorityId}, {persons.Count} persons"
                + (late ? ", late" : "") + (dispute is null ? "" : $", dispute {dispute.Id}"), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return CredentialsResult<SubmittedDelegation>.Ok(new SubmittedDelegation(delegation, persons, letter, dispute));
        }
    }

    /// <summary>
    /// Amends a delegation: a new version with the given persons and, when given, a new letter (otherwise the current
    /// letter carries over). Refused while locked by a decision, after the session closed, or for another member's focal point.
    /// </summary>
    public async Task<CredentialsResult<SubmittedDelegation>> AmendAsync(
        long delegationId, IReadOnlyList<PersonInput> persons, LetterInput? letter, string reason, CredentialsActor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(actor);
        var delegation = await _db.Delegations.FirstOrDefaultAsync(d => d.Id == delegationId, cancellationToken).ConfigureAwait(false);
        if (delegation is null) return CredentialsResult<SubmittedDelegation>.NotFound("delegationId", $"No delegation {delegationId}.");
        if (!await MayActForAsync(actor, delegation.MemberId, cancellationToken).ConfigureAwait(false)) return Forbidden(actor, delegation.MemberId);
        var session = await _db.AssemblySessions.AsNoTracking().FirstAsync(s => s.Id == delegation.SessionId, cancellationToken).ConfigureAwait(false);
        if (session.Status == SessionStatus.Closed)
            return CredentialsResult<SubmittedDelegation>.Fail(CredentialsStatus.Locked, "delegationId", "The session is closed.");
        if (delegation.IsLocked)
        {
            return CredentialsResult<SubmittedDelegation>.Fail(CredentialsStatus.Locked, "delegationId",
                "The committee has decided on this delegation; a change needs a new decision first.");
        }
        var errors = DelegationValidation.Validate(persons, letter).ToList();
        if (string.IsNullOrWhiteSpace(reason)) errors.Add(new("reason", "Say why the delegation is amended."));
        if (errors.Count > 0) return CredentialsResult<SubmittedDelegation>.Invalid(errors);

        var now = _time.GetUtcNow();
        var late = now > session.CredentialsDeadline;
        var previousLetter = await _db.DelegationVersions.AsNoTracking()
            .Where(v => v.DelegationId == delegationId && v.Version == delegation.Version)
            .Select(v => v.LetterId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var transaction = await _db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            delegation.Version++;
            delegation.LastChangedAt = now;
            var (stored, storedLetter) = await AddVersionAsync(delegation, persons, letter, previousLetter, reason.Trim(), late, actor.Name, now, cancellationToken)
                .ConfigureAwait(false);
            await _audit.AppendAsync(actor.Name, "delegation.amended", $"delegation:{delegation.Id}",
                $"version {delegation.Version}, {stored.Count} persons{(late ? ", late" : "")}: {reason.Trim()}", cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            var dispute = await _db.DisputeDelegations.AsNoTracking().Where(l => l.DelegationId == delegation.Id)
                .Join(_db.RepresentationDisputes.AsNoTracking(), l => l.DisputeId, d => d.Id, (_, d) => d)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return CredentialsResult<SubmittedDelegation>.Ok(new SubmittedDelegation(delegation, stored, storedLetter, dispute));
        }
    }

    /// <summary>True when <paramref name="userName"/> is a focal point of the member (compared exactly).</summary>
    public Task<bool> IsFocalPointOfAsync(string userName, long memberId, CancellationToken cancellationToken = default) =>
        _db.FocalPoints.AnyAsync(f => f.UserName == userName && f.MemberId == memberId, cancellationToken);

    /// <summary>True when the actor may submit or amend the member's delegations: the secretariat always, a focal point for their own members.</summary>
    public async Task<bool> MayActForAsync(CredentialsActor actor, long memberId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSecretariat || await IsFocalPointOfAsync(actor.Name, memberId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ids of the members <paramref name="userName"/> is focal point of (empty for none).</summary>
    public async Task<IReadOnlyList<long>> MembersOfFocalPointAsync(string userName, CancellationToken cancellationToken = default) =>
        await _db.FocalPoints.AsNoTracking().Where(f => f.UserName == userName).OrderBy(f => f.MemberId).Select(f => f.MemberId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Makes a user the focal point of a member (the secretariat's act; idempotent).</summary>
    public async Task<CredentialsResult<FocalPointAssignment>> AssignFocalPointAsync(
        string userName, long memberId, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userName)) return CredentialsResult<FocalPointAssignment>.Invalid([new("userName", "A user name is required.")]);
        if (!await _db.Members.AnyAsync(m => m.Id == memberId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<FocalPointAssignment>.NotFound("memberId", $"No member {memberId}.");
        var existing = await _db.FocalPoints.FirstOrDefaultAsync(f => f.UserName == userName && f.MemberId == memberId, cancellationToken).ConfigureAwait(false);
        if (existing is not null) return CredentialsResult<FocalPointAssignment>.Ok(existing);
        var assignment = new FocalPointAssignment { UserName = userName, MemberId = memberId, AssignedAt = _time.GetUtcNow(), AssignedBy = actor };
        _db.FocalPoints.Add(assignment);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "focalpoint.assigned", $"member:{memberId}", userName, cancellationToken).ConfigureAwait(false);
        return CredentialsResult<FocalPointAssignment>.Ok(assignment);
    }

    private static CredentialsResult<SubmittedDelegation> Forbidden(CredentialsActor actor, long memberId) =>
        CredentialsResult<SubmittedDelegation>.Fail(CredentialsStatus.Forbidden, "memberId",
            $"{actor.Name} is not a focal point of member {memberId}.");

    private async Task<(IReadOnlyList<DelegationPerson>, CredentialLetter?)> AddVersionAsync(
        Delegation delegation, IReadOnlyList<PersonInput> persons, LetterInput? letter, long? carriedLetterId, string reason, bool late,
        string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CredentialLetter? stored = null;
        if (letter is not null)
        {
            stored = new CredentialLetter
            {
                DelegationId = delegation.Id,
                IssuingAuthority = letter.IssuingAuthority.Trim(),
                Signatory = letter.Signatory.Trim(),
                Office = letter.Office,
                IssuedOn = letter.IssuedOn,
                FileName = Path.GetFileName(letter.FileName.Trim()),
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(letter.Content)),
                Content = letter.StoredPath is null ? letter.Content : null,
                StoredPath = letter.StoredPath,
                UploadedAt = now,
                UploadedBy = actor,
            };
            _db.CredentialLetters.Add(stored);
        }
        var rows = persons.Select(p => new DelegationPerson
        {
            DelegationId = delegation.Id,
            Version = delegation.Version,
            Role = p.Role,
            Name = p.Name.Trim(),
            Aliases = p.Aliases.Count == 0 ? null : string.Join('\n', p.Aliases.Select(a => a.Trim())),
            BirthDate = p.BirthDate?.Trim(),
            Nationality = p.Nationality?.Trim().ToUpperInvariant(),
            Function = p.Function?.Trim(),
            Rank = p.Rank?.Trim(),
            DocumentNumber = p.DocumentNumber?.Trim(),
        }).ToList();
        _db.DelegationPersons.AddRange(rows);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null && carriedLetterId is not null)
            stored = await _db.CredentialLetters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == carriedLetterId, cancellationToken).ConfigureAwait(false);
        _db.DelegationVersions.Add(new DelegationVersion
        {
            DelegationId = delegation.Id,
            Version = delegation.Version,
            ChangedAt = now,
            ChangedBy = actor,
            Reason = reason,
            IsLate = late,
            LetterId = stored?.Id,
        });
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (rows, stored);
    }

    // A second authority's delegation for the same member and session: open (or join) the dispute and mark all sides disputed.
    private async Task<RepresentationDispute?> OpenDisputeIfCompetingAsync(Delegation delegation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var competing = await _db.Delegations
            .Where(d => d.SessionId == delegation.SessionId && d.MemberId == delegation.MemberId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (competing.Count < 2) return null;
        var dispute = await _db.RepresentationDisputes
            .FirstOrDefaultAsync(d => d.SessionId == delegation.SessionId && d.MemberId == delegation.MemberId && d.Status == DisputeStatus.Open, cancellationToken)
            .ConfigureAwait(false);
        if (dispute is null)
        {
            dispute = new RepresentationDispute { MemberId = delegation.MemberId, SessionId = delegation.SessionId, Status = DisputeStatus.Open, OpenedAt = now };
            _db.RepresentationDisputes.Add(dispute);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            _db.CommitteeNotices.Add(new CommitteeNotice
            {
                SessionId = delegation.SessionId,
                MemberId = delegation.MemberId,
                Kind = CommitteeNoticeKind.DisputeOpened,
                CreatedAt = now,
                Message = $"Representation dispute {dispute.Id}: {competing.Count} authorities submitted delegations for this member.",
            });
        }
        var linked = await _db.DisputeDelegations.Where(l => l.DisputeId == dispute.Id).Select(l => l.DelegationId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var side in competing)
        {
            if (!side.IsLocked) side.Status = DelegationStatus.Disputed;
            if (!linked.Contains(side.Id)) _db.DisputeDelegations.Add(new DisputeDelegation { DisputeId = dispute.Id, DelegationId = side.Id });
        }
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return dispute;
    }
}
