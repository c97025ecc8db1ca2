using Credence.Store.Credentials;
using Credence.Store.Data;
using Credence.Web.Hosting;
using Credence.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Credentials;

/// <summary>
/// What the host does around a submission or amendment: store it through <see cref="DelegationWorkflow"/>, then screen
/// every current person against the server's corpus at once (behind the shared write gate, so batches and single
/// screenings take turns with it). Used by the API and the submit page alike.
/// </summary>
public sealed class DelegationIntake
{
    private readonly CredenceDbContext _db;
    private readonly DelegationWorkflow _delegations;
    private readonly DelegateScreeningWorkflow _screening;
    private readonly CorpusProvider _corpus;
    private readonly StoreWriteGate _gate;

    public DelegationIntake(
        CredenceDbContext db, DelegationWorkflow delegations, DelegateScreeningWorkflow screening, CorpusProvider corpus, StoreWriteGate gate)
    {
        _db = db;
        _delegations = delegations;
        _screening = screening;
        _corpus = corpus;
        _gate = gate;
    }

    /// <summary>Submits and, when stored, screens the delegation; the result is the workflow's.</summary>
    public async Task<CredentialsResult<SubmittedDelegation>> SubmitAsync(
        DelegationSubmission submission, CredentialsActor actor, CancellationToken cancellationToken)
    {
        var result = await _gate.RunAsync(() => _delegations.SubmitAsync(submission, actor, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (result.Succeeded) await ScreenAsync(result.Value!.Delegation.Id, "system", cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Amends and, when stored, screens the new version.</summary>
    public async Task<CredentialsResult<SubmittedDelegation>> AmendAsync(
        long delegationId, IReadOnlyList<PersonInput> persons, LetterInput? letter, string reason, CredentialsActor actor,
        CancellationToken cancellationToken)
    {
        var result = await _gate.RunAsync(() => _delegations.AmendAsync(delegationId, persons, letter, reason, actor, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
        if (result.Succeeded) await ScreenAsync(delegationId, "system", cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Screens the delegation's current persons now against the current corpus.</summary>
    public async Task<CredentialsResult<IReadOnlyList<PersonScreening>>> ScreenAsync(long delegationId, string actor, CancellationToken cancellationToken)
    {
        var corpus = await _corpus.GetAsync(cancellationToken).ConfigureAwait(false);
        return await _gate.RunAsync(() => _screening.ScreenDelegationAsync(corpus, delegationId, actor, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The delegation with its current persons, letter and dispute; null when there is none.</summary>
    public async Task<SubmittedDelegation?> GetAsync(long delegationId, CancellationToken cancellationToken)
    {
        var delegation = await _db.Delegations.AsNoTracking().FirstOrDefaultAsync(d => d.Id == delegationId, cancellationToken).ConfigureAwait(false);
        if (delegation is null) return null;
        var persons = await _db.DelegationPersons.AsNoTracking()
            .Where(p => p.DelegationId == delegationId && p.Version == delegation.Version).OrderBy(p => p.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var letterId = await _db.DelegationVersions.AsNoTracking()
            .Where(v => v.DelegationId == delegationId && v.Version == delegation.Version).Select(v => v.LetterId)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var letter = letterId is null ? null
            : await _db.CredentialLetters.AsNoTracking().FirstOrDefaultAsync(l => l.Id == letterId, cancellationToken).ConfigureAwait(false);
        var dispute = await _db.DisputeDelegations.AsNoTracking().Where(l => l.DelegationId == delegationId)
            .Join(_db.RepresentationDisputes.AsNoTracking(), l => l.DisputeId, d => d.Id, (_, d) => d)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return new SubmittedDelegation(delegation, persons, letter, dispute);
    }

    /// <summary>The current persons of a delegation as inputs, to amend it with only a new letter.</summary>
    public static IReadOnlyList<PersonInput> AsInputs(IEnumerable<Store.Credentials.Model.DelegationPerson> persons) =>
        [.. persons.Select(p => new PersonInput(p.Role, p.Name)
        {
            Aliases = p.AliasList(),
            BirthDate = p.BirthDate,
            Nationality = p.Nationality,
            Function = p.Function,
            Rank = p.Rank,
            DocumentNumber = p.DocumentNumber,
        })];
}
