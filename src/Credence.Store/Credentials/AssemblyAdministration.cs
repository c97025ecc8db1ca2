using System.Security.Cryptography;
using System.Text;
using Credence.Core.Entities;
using Credence.Store.Audit;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Rules;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>
/// The secretariat's configuration: rule sets, members, governmental authorities and their claims, recognition decisions and
/// assembly sessions. Every change is audited. Expected refusals are results, not exceptions.
/// </summary>
public sealed class AssemblyAdministration
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;

    public AssemblyAdministration(CredenceDbContext db, TimeProvider time, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        _db = db;
        _time = time;
        _audit = audit;
    }

    /// <summary>
    /// Loads a rule set from its JSON (see <see cref="RuleSetDefinition.Parse"/>). Loading the same text again returns the
    /// stored row; a different text under a stored id is a conflict, because past decisions cite the stored articles.
    /// </summary>
    public async Task<CredentialsResult<RuleSet>> LoadRuleSetAsync(string json, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (rules, errors) = RuleSetDefinition.Parse(json);
        if (rules is null) return CredentialsResult<RuleSet>.Invalid([.. errors.Select(e => new CredentialsError("json", e))]);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var existing = await _db.RuleSets.FirstOrDefaultAsync(r => r.Code == rules.Id, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return string.Equals(existing.Sha256, sha, StringComparison.Ordinal)
                ? CredentialsResult<RuleSet>.Ok(existing)
                : CredentialsResult<RuleSet>.Fail(CredentialsStatus.Conflict, "json.id",
                    $"A different rule set '{rules.Id}' is already loaded; past decisions cite it, so give the new one its own id.");
        }
        var row = new RuleSet { Code = rules.Id, Name = rules.Name, Json = json, Sha256 = sha, LoadedAt = _time.GetUtcNow(), LoadedBy = actor };
        _db.RuleSets.Add(row);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "ruleset.loaded", $"ruleset:{row.Id}",
            $"{rules.Id}: {rules.Articles.Count()} articles, sha256 {sha}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<RuleSet>.Ok(row);
    }

    /// <summary>Adds a member. The country code must be a known ISO 3166-1 alpha-2 code and not already a member.</summary>
    public async Task<CredentialsResult<Member>> AddMemberAsync(
        string countryCode, string name, string memberBody, DateOnly? admittedOn, string actor, CancellationToken cancellationToken = default)
    {
        var errors = new List<CredentialsError>();
        var code = CountryCode(countryCode, "countryCode", errors);
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new("name", "The member's name is required."));
        if (string.IsNullOrWhiteSpace(memberBody)) errors.Add(new("memberBody", "The member body is required."));
        if (errors.Count > 0) return CredentialsResult<Member>.Invalid(errors);
        if (await _db.Members.AnyAsync(m => m.CountryCode == code, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<Member>.Fail(CredentialsStatus.Conflict, "countryCode", $"{code} is already a member.");
        var member = new Member { CountryCode = code, Name = name.Trim(), MemberBody = memberBody.Trim(), AdmittedOn = admittedOn };
        _db.Members.Add(member);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "member.added", $"member:{member.Id}", $"{code} {member.Name}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<Member>.Ok(member);
    }

    /// <summary>Adds a governmental authority of a country.</summary>
    public async Task<CredentialsResult<GovernmentAuthority>> AddAuthorityAsync(
        string name, string countryCode, string? description, string actor, CancellationToken cancellationToken = default)
    {
        var errors = new List<CredentialsError>();
        var code = CountryCode(countryCode, "countryCode", errors);
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new("name", "The authority's name is required."));
        if (errors.Count > 0) return CredentialsResult<GovernmentAuthority>.Invalid(errors);
        var authority = new GovernmentAuthority { Name = name.Trim(), CountryCode = code, Description = description };
        _db.Authorities.Add(authority);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "authority.added", $"authority:{authority.Id}", $"{code} {authority.Name}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<GovernmentAuthority>.Ok(authority);
    }

    /// <summary>Records an authority's claim to represent a member. Competing claims on one member are allowed.</summary>
    public async Task<CredentialsResult<AuthorityClaim>> AddClaimAsync(
        long memberId, long authorityId, DateOnly claimedFrom, string? basis, string actor, CancellationToken cancellationToken = default)
    {
        if (!await _db.Members.AnyAsync(m => m.Id == memberId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<AuthorityClaim>.NotFound("memberId", $"No member {memberId}.");
        if (!await _db.Authorities.AnyAsync(a => a.Id == authorityId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<AuthorityClaim>.NotFound("authorityId", $"No authority {authorityId}.");
        var claim = new AuthorityClaim
        {
            MemberId = memberId,
            AuthorityId = authorityId,
            ClaimedFrom = claimedFrom,
            Basis = basis,
            RecordedAt = _time.GetUtcNow(),
            RecordedBy = actor,
        };
        _db.AuthorityClaims.Add(claim);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "claim.recorded", $"claim:{claim.Id}",
            $"authority {authorityId} claims member {memberId} from {claimedFrom:yyyy-MM-dd}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<AuthorityClaim>.Ok(claim);
    }

    /// <summary>Records the organisation's decision on a claim (append-only; a later decision is a new row).</summary>
    public async Task<CredentialsResult<RecognitionDecision>> RecordRecognitionAsync(
        long claimId, RecognitionOutcome outcome, string organ, DateOnly decidedOn, string grounds, long? sessionId, string actor,
        CancellationToken cancellationToken = default)
    {
        if (!await _db.AuthorityClaims.AnyAsync(c => c.Id == claimId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<RecognitionDecision>.NotFound("claimId", $"No claim {claimId}.");
        var errors = new List<CredentialsError>();
        if (string.IsNullOrWhiteSpace(organ)) errors.Add(new("organ", "The organ that decided is required."));
        if (string.IsNullOrWhiteSpace(grounds)) errors.Add(new("grounds", "Grounds are required."));
        if (errors.Count > 0) return CredentialsResult<RecognitionDecision>.Invalid(errors);
        var decision = new RecognitionDecision
        {
            ClaimId = claimId,
            SessionId = sessionId,
            Outcome = outcome,
            Organ = organ.Trim(),
            DecidedOn = decidedOn,
            Grounds = grounds.Trim(),
            RecordedAt = _time.GetUtcNow(),
            RecordedBy = actor,
        };
        _db.RecognitionDecisions.Add(decision);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "claim.recognition", $"claim:{claimId}", $"{outcome} by {decision.Organ}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<RecognitionDecision>.Ok(decision);
    }

    /// <summary>Creates an open session under a loaded rule set.</summary>
    public async Task<CredentialsResult<AssemblySession>> CreateSessionAsync(SessionInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<CredentialsError>();
        if (input.Number <= 0) errors.Add(new("number", "The session number must be positive."));
        if (string.IsNullOrWhiteSpace(input.Name)) errors.Add(new("name", "The session's name is required."));
        if (string.IsNullOrWhiteSpace(input.Place)) errors.Add(new("place", "The place is required."));
        if (input.EndsOn < input.StartsOn) errors.Add(new("endsOn", "The session cannot end before it starts."));
        if (errors.Count > 0) return CredentialsResult<AssemblySession>.Invalid(errors);
        if (!await _db.RuleSets.AnyAsync(r => r.Id == input.RuleSetId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<AssemblySession>.NotFound("ruleSetId", $"No rule set {input.RuleSetId}.");
        if (await _db.AssemblySessions.AnyAsync(s => s.Number == input.Number, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<AssemblySession>.Fail(CredentialsStatus.Conflict, "number", $"Session {input.Number} exists already.");
        var session = new AssemblySession
        {
            Number = input.Number,
            Name = input.Name.Trim(),
            Place = input.Place.Trim(),
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            CredentialsDeadline = input.CredentialsDeadline,
            RuleSetId = input.RuleSetId,
            Status = SessionStatus.Open,
        };
        _db.AssemblySessions.Add(session);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "session.created", $"session:{session.Id}", $"{session.Number} {session.Name}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<AssemblySession>.Ok(session);
    }

    private static string CountryCode(string? code, string field, List<CredentialsError> errors)
    {
        var trimmed = code?.Trim() ?? "";
        if (!Countries.IsCode(trimmed)) errors.Add(new(field, $"'{trimmed}' is not an ISO 3166-1 alpha-2 country code."));
        return trimmed.ToUpperInvariant();
    }
}
