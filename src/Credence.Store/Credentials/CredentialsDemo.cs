using System.Text;
using Credence.Lists.Letters;
using Credence.Store.Audit;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Credentials;

/// <summary>
/// Demo data for the credentials workflow, written by us from public facts: INTERPOL's 89th General Assembly (Istanbul,
/// 23–25 November 2021) under the INTERPOL Constitution rule set; five members with their police bodies; in Myanmar the
/// State Administration Council (the military junta, in power since 1 February 2021) and the National Unity Government
/// (formed 16 April 2021) both claim the member; the junta's delegation is headed by Police Lieutenant General Than Hlaing,
/// chief of the Myanmar Police Force, who is on the demo list; the rival delegation comes from the NUG's Ministry of Home
/// Affairs and Immigration after the deadline. Every other person, letter and organisation name is an invented placeholder
/// (conventional "John Doe" names, "Example ..." organisations). Submissions are placed on the 2021 timeline.
/// </summary>
public static class CredentialsDemo
{
    /// <summary>The actor the seed's audit entries name.</summary>
    public const string Actor = "demo";

    /// <summary>
    /// Seeds the demo once: does nothing and returns null when any assembly session exists. Delegations are not screened
    /// here; the host screens <see cref="CredentialsDemoSeed.DelegationIds"/> with its corpus (see <see cref="DelegateScreeningWorkflow"/>).
    /// </summary>
    /// <param name="db">The store.</param>
    /// <param name="time">Stamps the configuration (rule set, members); submissions use the 2021 timeline.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<CredentialsDemoSeed?> SeedAsync(CredenceDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        if (await db.AssemblySessions.AnyAsync(cancellationToken).ConfigureAwait(false)) return null;
        var admin = new AssemblyAdministration(db, time, new AuditLog(db, time));
        var rules = Value(await admin.LoadRuleSetAsync(Rules.RuleSetDefinition.InterpolConstitutionJson(), Actor, cancellationToken).ConfigureAwait(false));
        var session = Value(await admin.CreateSessionAsync(new SessionInput(
            89, "89th INTERPOL General Assembly", "Istanbul, Türkiye", new DateOnly(2021, 11, 23), new DateOnly(2021, 11, 25),
            new DateTimeOffset(2021, 11, 19, 12, 0, 0, TimeSpan.Zero), rules.Id), Actor, cancellationToken).ConfigureAwait(false));

        var members = new Dictionary<string, Member>(StringComparer.Ordinal);
        foreach (var (code, name, body) in new[]
        {
            ("MM", "Myanmar", "National Central Bureau Naypyidaw (Myanmar Police Force)"),
            ("TR", "Türkiye", "National Central Bureau Ankara (Turkish National Police)"),
            ("FR", "France", "National Central Bureau (French National Police)"),
            ("ID", "Indonesia", "National Central Bureau Jakarta (Indonesian National Police)"),
            ("NO", "Norway", "National Central Bureau Oslo (National Criminal Investigation Service, Kripos)"),
        })
        {
            members[code] = Value(await admin.AddMemberAsync(code, name, body, null, Actor, cancellationToken).ConfigureAwait(false));
        }

        var junta = Value(await admin.AddAuthorityAsync("State Administration Council (Ministry of Home Affairs, Myanmar Police Force)", "MM",
            "The military junta that seized power in the coup of 1 February 2021.", Actor, cancellationToken).ConfigureAwait(false));
        var nug = Value(await admin.AddAuthorityAsync("National Unity Government of Myanmar, Ministry of Home Affairs and Immigration", "MM",
            "Formed on 16 April 2021 by elected lawmakers removed in the coup.", Actor, cancellationToken).ConfigureAwait(false));
        Value(await admin.AddClaimAsync(members["MM"].Id, junta.Id, new DateOnly(2021, 2, 2),
            "Control of the state apparatus, including the police, since the coup.", Actor, cancellationToken).ConfigureAwait(false));
        Value(await admin.AddClaimAsync(members["MM"].Id, nug.Id, new DateOnly(2021, 4, 16),
            "Formed by members of the parliament elected in November 2020.", Actor, cancellationToken).ConfigureAwait(false));

        var clock = new FixedTimeProvider(new DateTimeOffset(2021, 11, 10, 9, 0, 0, TimeSpan.Zero));
        var delegations = new DelegationWorkflow(db, clock, new AuditLog(db, clock));
        var secretariat = new CredentialsActor(Actor, IsSecretariat: true);
        var ids = new List<long>();
        foreach (var (code, head, rank) in new[]
        {
            ("TR", "Ahmet Yılmaz", "Chief Superintendent"),
            ("FR", "Jean Dupont", "Commissaire divisionnaire"),
            ("ID", "Budi Santoso", "Police Brigadier General"),
            ("NO", "Kari Nordmann", "Chief Superintendent"),
        })
        {
            var authority = Value(await admin.AddAuthorityAsync($"Government of {members[code].Name}", code, null, Actor, cancellationToken).ConfigureAwait(false));
            ids.Add(Value(await delegations.SubmitAsync(new DelegationSubmission(session.Id, members[code].Id, authority.Id,
                [new PersonInput(DelegationRole.Head, head) { Rank = rank, Nationality = code, Function = "Head of the National Central Bureau" }],
                null), secretariat, cancellationToken).ConfigureAwait(false)).Delegation.Id);
        }

        clock.Now = new DateTimeOffset(2021, 11, 15, 8, 30, 0, TimeSpan.Zero);
        var juntaDelegation = Value(await delegations.SubmitAsync(new DelegationSubmission(session.Id, members["MM"].Id, junta.Id,
        [
            new PersonInput(DelegationRole.Head, "Than Hlaing")
            {
                Rank = "Police Lieutenant General", BirthDate = "1965", Nationality = "MM",
                Function = "Deputy Minister for Home Affairs; Chief of the Myanmar Police Force",
            },
            new PersonInput(DelegationRole.Delegate, "Aung Aung") { Rank = "Police Colonel", Nationality = "MM", Function = "Head of the NCB (placeholder)" },
            new PersonInput(DelegationRole.Delegate, "Su Su") { Rank = "Police Major", Nationality = "MM", Function = "NCB officer (placeholder)" },
        ],
        new LetterInput("State Administration Council, Ministry of Home Affairs", "Minister for Home Affairs (placeholder)", SignatoryOffice.Other,
            new DateOnly(2021, 11, 12), "credentials-mm-sac.txt", Encoding.UTF8.GetBytes("Demo credential letter (placeholder text).\n"))),
            secretariat, cancellationToken).ConfigureAwait(false));

        clock.Now = new DateTimeOffset(2021, 11, 20, 16, 0, 0, TimeSpan.Zero);
        var rivalDelegation = Value(await delegations.SubmitAsync(new DelegationSubmission(session.Id, members["MM"].Id, nug.Id,
            [new PersonInput(DelegationRole.Head, "Maung Maung") { Nationality = "MM", Function = "Representative of the Ministry (placeholder)" }],
            new LetterInput("National Unity Government of Myanmar", "Prime Minister (placeholder)", SignatoryOffice.HeadOfGovernment,
                new DateOnly(2021, 11, 19), "credentials-mm-nug.txt", Encoding.UTF8.GetBytes("Demo credential letter of the rival authority (placeholder text).\n"))),
            secretariat, cancellationToken).ConfigureAwait(false));
        ids.Add(juntaDelegation.Delegation.Id);
        ids.Add(rivalDelegation.Delegation.Id);

        var challenges = new ChallengeWorkflow(db, time, new AuditLog(db, time));
        var challenge = Value(await challenges.ImportAsync(DemoLetter(), new ChallengeTargetRef(session.Id, ChallengeTarget.Delegation, juntaDelegation.Delegation.Id),
            null, 3, Actor, cancellationToken).ConfigureAwait(false));
        return new CredentialsDemoSeed(session.Id, members["MM"].Id, juntaDelegation.Delegation.Id, rivalDelegation.Delegation.Id, challenge.Challenge.Id, ids);
    }

    /// <summary>The demo's sign-on letter, as the letter parser would give it (placeholder organisations and contact).</summary>
    public static ParsedLetter DemoLetter() => new(
        "Open letter: do not seat the Myanmar junta's police delegation at the 89th General Assembly",
        new DateOnly(2021, 11, 22),
        5,
        5,
        ["The Secretary General", "The Executive Committee", "The member countries"],
        [new LetterContact("Example Contact", "Example Rights Network", "contact@example.org")],
        [
            new LetterSignatory(1, "Example Diaspora Association"),
            new LetterSignatory(2, "Example Legal Aid Society"),
            new LetterSignatory(3, "Example Press Freedom Group"),
            new LetterSignatory(4, "Example Rights Network"),
            new LetterSignatory(5, "Example Women's League"),
        ],
        [],
        [
            "Refuse the credentials of the delegation appointed by the military junta.",
            "Help identify and arrest those responsible for atrocity crimes.",
            "Trace and disrupt the junta's revenue and arms-supply networks.",
        ],
        []);

    private static T Value<T>(CredentialsResult<T> result) =>
        result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException("The credentials demo seed was refused: " + string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
}
