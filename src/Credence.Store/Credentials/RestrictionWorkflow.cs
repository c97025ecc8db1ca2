using Credence.Store.Audit;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>
/// Restrictions on members (vote, candidacy, services, data access). An appeal is recorded but does not suspend a
/// restriction: only its end date or lifting does (see <see cref="Restriction.IsInForceOn"/>).
/// </summary>
public sealed class RestrictionWorkflow
{
    private readonly CredenceDbContext _db;
    private readonly TimeProvider _time;
    private readonly AuditLog _audit;

    public RestrictionWorkflow(CredenceDbContext db, TimeProvider time, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(audit);
        _db = db;
        _time = time;
        _audit = audit;
    }

    /// <summary>Imposes a restriction.</summary>
    public async Task<CredentialsResult<Restriction>> ImposeAsync(RestrictionInput input, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await _db.Members.AnyAsync(m => m.Id == input.MemberId, cancellationToken).ConfigureAwait(false))
            return CredentialsResult<Restriction>.NotFound("memberId", $"No member {input.MemberId}.");
        var errors = new List<CredentialsError>();
        if (string.IsNullOrWhiteSpace(input.LegalBasis)) errors.Add(new("legalBasis", "A restriction needs a legal basis."));
        if (input.EndsOn < input.StartsOn) errors.Add(new("endsOn", "A restriction cannot end before it starts."));
        if (errors.Count > 0) return CredentialsResult<Restriction>.Invalid(errors);
        var restriction = new Restriction
        {
            MemberId = input.MemberId,
            Type = input.Type,
            LegalBasis = input.LegalBasis.Trim(),
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            RecordedAt = _time.GetUtcNow(),
            RecordedBy = actor,
        };
        _db.Restrictions.Add(restriction);
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "restriction.imposed", $"restriction:{restriction.Id}",
            $"member {input.MemberId}: {input.Type} from {input.StartsOn:yyyy-MM-dd}; basis: {restriction.LegalBasis}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<Restriction>.Ok(restriction);
    }

    /// <summary>Records that the member appealed; the restriction stays in force.</summary>
    public async Task<CredentialsResult<Restriction>> RecordAppealAsync(
        long restrictionId, DateOnly appealedOn, string actor, CancellationToken cancellationToken = default)
    {
        var restriction = await _db.Restrictions.FirstOrDefaultAsync(r => r.Id == restrictionId, cancellationToken).ConfigureAwait(false);
        if (restriction is null) return CredentialsResult<Restriction>.NotFound("restrictionId", $"No restriction {restrictionId}.");
        if (restriction.Appealed)
            return CredentialsResult<Restriction>.Fail(CredentialsStatus.Conflict, "restrictionId", "The appeal is already recorded.");
        restriction.Appealed = true;
        restriction.AppealedOn = appealedOn;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "restriction.appealed", $"restriction:{restrictionId}",
            $"appealed on {appealedOn:yyyy-MM-dd}; stays in force while appealed", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<Restriction>.Ok(restriction);
    }

    /// <summary>Lifts a restriction from a day (e.g. an appeal upheld); a reason is required.</summary>
    public async Task<CredentialsResult<Restriction>> LiftAsync(
        long restrictionId, DateOnly liftedOn, string reason, string actor, CancellationToken cancellationToken = default)
    {
        var restriction = await _db.Restrictions.FirstOrDefaultAsync(r => r.Id == restrictionId, cancellationToken).ConfigureAwait(false);
        if (restriction is null) return CredentialsResult<Restriction>.NotFound("restrictionId", $"No restriction {restrictionId}.");
        if (string.IsNullOrWhiteSpace(reason)) return CredentialsResult<Restriction>.Invalid([new("reason", "Say why the restriction is lifted.")]);
        if (restriction.LiftedOn is not null)
            return CredentialsResult<Restriction>.Fail(CredentialsStatus.Conflict, "restrictionId", "The restriction is already lifted.");
        restriction.LiftedOn = liftedOn;
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await _audit.AppendAsync(actor, "restriction.lifted", $"restriction:{restrictionId}",
            $"lifted from {liftedOn:yyyy-MM-dd}: {reason.Trim()}", cancellationToken).ConfigureAwait(false);
        return CredentialsResult<Restriction>.Ok(restriction);
    }

    /// <summary>The member's restrictions in force on <paramref name="day"/>, appealed or not.</summary>
    public async Task<IReadOnlyList<Restriction>> InForceAsync(long memberId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var all = await _db.Restrictions.AsNoTracking().Where(r => r.MemberId == memberId).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Where(r => r.IsInForceOn(day))];
    }
}
