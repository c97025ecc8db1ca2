using Credence.Store.Audit;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Rules;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Credentials;

/// <summary>A store with the INTERPOL rule set, one open session (deadline 19 Nov 2021 12:00 UTC), two members and three authorities.</summary>
internal sealed class CredentialsScenario : IDisposable
{
    public static readonly DateTimeOffset Deadline = new(2021, 11, 19, 12, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _store = TestDatabase.InMemory();

    private CredentialsScenario()
    {
        Db = _store.Open();
        Audit = new AuditLog(Db, Time);
        Admin = new AssemblyAdministration(Db, Time, Audit);
        Delegations = new DelegationWorkflow(Db, Time, Audit);
        Committee = new CommitteeWorkflow(Db, Time, Audit);
        Challenges = new ChallengeWorkflow(Db, Time, Audit);
        Restrictions = new RestrictionWorkflow(Db, Time, Audit);
        Screening = new DelegateScreeningWorkflow(Db, Time, Audit, new ScreeningRecorder(Db, Time));
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2021, 11, 10, 9, 0, 0, TimeSpan.Zero));

    public CredenceDbContext Db { get; }

    public AuditLog Audit { get; }

    public AssemblyAdministration Admin { get; }

    public DelegationWorkflow Delegations { get; }

    public CommitteeWorkflow Committee { get; }

    public ChallengeWorkflow Challenges { get; }

    public RestrictionWorkflow Restrictions { get; }

    public DelegateScreeningWorkflow Screening { get; }

    public static CredentialsActor Secretariat { get; } = new("secretariat", IsSecretariat: true);

    public long SessionId { get; private set; }

    public long Myanmar { get; private set; }

    public long Norway { get; private set; }

    public long Junta { get; private set; }

    public long Rival { get; private set; }

    public long NorwayGovernment { get; private set; }

    public static async Task<CredentialsScenario> CreateAsync()
    {
        var scenario = new CredentialsScenario();
        var admin = scenario.Admin;
        var rules = Ok(await admin.LoadRuleSetAsync(RuleSetDefinition.InterpolConstitutionJson(), "secretariat"));
        scenario.SessionId = Ok(await admin.CreateSessionAsync(new SessionInput(
            89, "89th General Assembly", "Istanbul", new DateOnly(2021, 11, 23), new DateOnly(2021, 11, 25), Deadline, rules.Id), "secretariat")).Id;
        scenario.Myanmar = Ok(await admin.AddMemberAsync("mm", "Myanmar", "NCB Naypyidaw", null, "secretariat")).Id;
        scenario.Norway = Ok(await admin.AddMemberAsync("NO", "Norway", "NCB Oslo", null, "secretariat")).Id;
        scenario.Junta = Ok(await admin.AddAuthorityAsync("State Administration Council", "MM", null, "secretariat")).Id;
        scenario.Rival = Ok(await admin.AddAuthorityAsync("National Unity Government", "MM", null, "secretariat")).Id;
        scenario.NorwayGovernment = Ok(await admin.AddAuthorityAsync("Government of Norway", "NO", null, "secretariat")).Id;
        Ok(await admin.AddClaimAsync(scenario.Myanmar, scenario.Junta, new DateOnly(2021, 2, 2), null, "secretariat"));
        Ok(await admin.AddClaimAsync(scenario.Myanmar, scenario.Rival, new DateOnly(2021, 4, 16), null, "secretariat"));
        return scenario;
    }

    public static T Ok<T>(CredentialsResult<T> result)
    {
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{result.Status} {e.Field}: {e.Message}")));
        return result.Value!;
    }

    public static IReadOnlyList<PersonInput> ThanHlaingDelegation() =>
    [
        new PersonInput(DelegationRole.Head, "Than Hlaing") { Rank = "Police Lieutenant General", BirthDate = "1965", Nationality = "MM" },
        new PersonInput(DelegationRole.Delegate, "Aung Aung") { Nationality = "MM" },
        new PersonInput(DelegationRole.Adviser, "Su Su") { Aliases = ["Su Su Hlaing"], DocumentNumber = "MA123456" },
    ];

    public static LetterInput Letter() =>
        new("State Administration Council", "Minister for Home Affairs", SignatoryOffice.Other, new DateOnly(2021, 11, 12), "letter.pdf", [1, 2, 3]);

    public Task<CredentialsResult<SubmittedDelegation>> SubmitAsync(
        long memberId, long authorityId, IReadOnlyList<PersonInput>? persons = null, CredentialsActor? actor = null) =>
        Delegations.SubmitAsync(
            new DelegationSubmission(SessionId, memberId, authorityId, persons ?? ThanHlaingDelegation(), Letter()), actor ?? Secretariat);

    public DecisionInput Decision(long memberId, CredentialsOutcome outcome, params string[] articles) =>
        new(SessionId, memberId, outcome, "Credentials Committee", new DateOnly(2021, 11, 23), "Grounds as written.", articles);

    public void Dispose() => _store.Dispose();
}
