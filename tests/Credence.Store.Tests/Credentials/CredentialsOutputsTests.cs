using System.Runtime.CompilerServices;
using Credence.Lists.Demo;
using Credence.Store.Audit;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Reports;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.Credentials;

public sealed class CredentialsOutputsTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.InMemory();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2021, 11, 22, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Render_DemoSessionDecided_MatchesGoldenFile()
    {
        var db = _store.Open();
        var seed = await DecidedDemoAsync(db);

        var report = (await new CommitteeReportQuery(db, _time).BuildAsync(seed.SessionId))!;
        var html = CommitteeReportHtml.Render(report);

        AssertGolden("committee-report-89.expected.html", html);
    }

    [Fact]
    public async Task BuildAsync_DemoSessionDecided_SummarisesEvidenceChallengesAndDisputes()
    {
        var db = _store.Open();
        var seed = await DecidedDemoAsync(db);

        var report = (await new CommitteeReportQuery(db, _time).BuildAsync(seed.SessionId))!;

        Assert.Equal(["France", "Indonesia", "Myanmar", "Norway", "Türkiye"], report.Members.Select(m => m.Member));
        var myanmar = report.Members.Single(m => m.CountryCode == "MM");
        Assert.Equal(CredentialsOutcome.Rejected, myanmar.Outcome);
        Assert.Equal("Vote: 7 for, 3 against, 2 abstaining", myanmar.Vote);
        Assert.Equal(["2", "3", "7"], myanmar.Cited.Select(a => a.Number));
        Assert.Equal(1, myanmar.Screening.ConfirmedMatches);
        Assert.Contains(myanmar.Screening.Findings, f => f.StartsWith("Than Hlaing (Head): Than Hlaing", StringComparison.Ordinal));
        Assert.Single(myanmar.Challenges);
        Assert.Single(myanmar.Disputes);
        Assert.Equal(1, myanmar.Superseded);
        Assert.Equal([true, false], myanmar.Delegations.Select(d => d.Late).Reverse());
        Assert.Equal("Pending", report.Members.Single(m => m.CountryCode == "FR").Status);
    }

    [Fact]
    public void Render_TextWithMarkup_IsEncoded()
    {
        var session = new AssemblySession
        {
            Name = "<script>alert(1)</script>",
            Place = "A & B",
            StartsOn = new DateOnly(2021, 1, 1),
            EndsOn = new DateOnly(2021, 1, 2),
            Status = SessionStatus.Open,
        };
        var report = new CommitteeReport(session, "Rules \"x\"", new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), []);

        var html = CommitteeReportHtml.Render(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("A &amp; B", html, StringComparison.Ordinal);
        Assert.Contains("Rules &quot;x&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParticipantsAndBadges_SeatedPublicMembersOnly_FormulaSafeCsv()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Norway, s.NorwayGovernment,
        [
            new PersonInput(DelegationRole.Head, "=HYPERLINK(\"http://x\",\"y\")") { Rank = "+Chief", BirthDate = "1970" },
            new PersonInput(DelegationRole.Observer, "Ola Nordmann") { Function = "Adviser, legal" },
        ]));
        Ok(await s.SubmitAsync(s.Myanmar, s.Junta));
        Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Norway, CredentialsOutcome.Accepted, "constitution/art-7"), "committee"));
        Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Myanmar, CredentialsOutcome.Rejected, "constitution/art-2"), "committee"));

        var participants = await new ParticipantsQuery(s.Db).ListAsync(s.SessionId);
        using var csv = new StringWriter();
        BadgeList.WriteCsv(csv, participants);

        Assert.Equal(2, participants.Count);
        Assert.All(participants, p => Assert.Equal("Norway", p.Member));
        Assert.Equal(
            "country,member,name,rank,function,role,badge\r\n"
            + "NO,Norway,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+Chief,,Head,HEAD OF DELEGATION\r\n"
            + "NO,Norway,Ola Nordmann,,\"Adviser, legal\",Observer,OBSERVER\r\n",
            csv.ToString());
    }

    [Fact]
    public async Task ListAsync_CommitteeOnlyDecision_NotOnThePublicList()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Norway, s.NorwayGovernment, [new PersonInput(DelegationRole.Head, "Kari Nordmann")]));
        Ok(await s.Committee.RecordDecisionAsync(
            s.Decision(s.Norway, CredentialsOutcome.Accepted, "constitution/art-7") with { Visibility = DecisionVisibility.Committee }, "committee"));

        Assert.Empty(await new ParticipantsQuery(s.Db).ListAsync(s.SessionId));
    }

    [Fact]
    public async Task SeedAsync_Twice_SeedsOnceWithLateRivalDisputeAndThanHlaingHit()
    {
        var db = _store.Open();

        var seed = (await CredentialsDemo.SeedAsync(db, _time))!;
        var again = await CredentialsDemo.SeedAsync(db, _time);
        var screening = new DelegateScreeningWorkflow(db, _time, new AuditLog(db, _time), new ScreeningRecorder(db, _time));
        var screened = Ok(await screening.ScreenDelegationAsync(ScreeningCorpus.FromLists([DemoData.Load()]), seed.JuntaDelegationId, "system"));

        Assert.Null(again);
        Assert.Equal(1, await db.AssemblySessions.CountAsync());
        Assert.Equal(6, seed.DelegationIds.Count);
        Assert.True((await db.Delegations.SingleAsync(d => d.Id == seed.RivalDelegationId)).IsLate);
        Assert.False((await db.Delegations.SingleAsync(d => d.Id == seed.JuntaDelegationId)).IsLate);
        Assert.Equal(DisputeStatus.Open, (await db.RepresentationDisputes.SingleAsync()).Status);
        Assert.Equal(5, await db.ChallengeEndorsements.CountAsync(e => e.ChallengeId == seed.ChallengeId));
        var head = screened.Single(p => p.Person.Role == DelegationRole.Head);
        Assert.Equal("Than Hlaing", (await db.Alerts.SingleAsync(a => a.Id == head.NewAlertIds[0])).EntityName);
    }

    // The demo, screened against the demo list, the Than Hlaing alert confirmed, Myanmar deferred then rejected on a vote,
    // Norway accepted by consensus with grounds that hold markup, and a vote restriction under appeal on Myanmar.
    private async Task<CredentialsDemoSeed> DecidedDemoAsync(CredenceDbContext db)
    {
        var seed = (await CredentialsDemo.SeedAsync(db, _time))!;
        var audit = new AuditLog(db, _time);
        var screening = new DelegateScreeningWorkflow(db, _time, audit, new ScreeningRecorder(db, _time));
        var corpus = ScreeningCorpus.FromLists([DemoData.Load()]);
        foreach (var id in seed.DelegationIds) Ok(await screening.ScreenDelegationAsync(corpus, id, "system"));
        var alert = await db.Alerts.SingleAsync(a => a.EntityName == "Than Hlaing");
        alert.Status = AlertStatus.TrueMatch;
        alert.DecidedAt = _time.GetUtcNow();
        alert.DecidedBy = "reviewer";
        db.AlertDecisions.Add(new AlertDecision { AlertId = alert.Id, Outcome = AlertStatus.TrueMatch, Reason = "Same person: name, rank, year of birth.", DecidedBy = "reviewer", DecidedAt = _time.GetUtcNow() });
        await db.SaveChangesAsync();

        var committee = new CommitteeWorkflow(db, _time, audit);
        var norway = await db.Members.SingleAsync(m => m.CountryCode == "NO");
        Ok(await committee.RecordDecisionAsync(new DecisionInput(seed.SessionId, seed.MyanmarMemberId, CredentialsOutcome.Deferred, "Credentials Committee",
            new DateOnly(2021, 11, 22), "Deferred pending the screening review.", ["constitution/art-7"]), "committee"));
        Ok(await committee.RecordDecisionAsync(new DecisionInput(seed.SessionId, seed.MyanmarMemberId, CredentialsOutcome.Rejected, "Credentials Committee",
            new DateOnly(2021, 11, 23),
            "The head of delegation is a confirmed match on four sanctions lists, and the appointing authority's competence is disputed.",
            ["constitution/art-2", "constitution/art-3", "constitution/art-7"])
        {
            Vote = VoteKind.Tally,
            VotesFor = 7,
            VotesAgainst = 3,
            Abstentions = 2,
            Evidence = [new EvidenceLink(EvidenceKind.Alert, alert.Id), new EvidenceLink(EvidenceKind.Challenge, seed.ChallengeId)],
        }, "committee"));
        Ok(await committee.RecordDecisionAsync(new DecisionInput(seed.SessionId, norway.Id, CredentialsOutcome.Accepted, "Credentials Committee",
            new DateOnly(2021, 11, 23), "Credentials in order <b>& complete</b>.", ["constitution/art-7"]), "committee"));
        Ok(await new RestrictionWorkflow(db, _time, audit).RecordAppealAsync(Ok(await new RestrictionWorkflow(db, _time, audit).ImposeAsync(
            new RestrictionInput(seed.MyanmarMemberId, RestrictionType.Vote, "Executive Committee decision (example)", new DateOnly(2021, 11, 1)), "secretariat")).Id,
            new DateOnly(2021, 11, 5), "secretariat"));
        return seed;
    }

    private static void AssertGolden(string name, string actual, [CallerFilePath] string here = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(here)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("CREDENCE_UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with CREDENCE_UPDATE_GOLDEN=1 to write it, then review it.");
        Assert.Equal(Normalise(File.ReadAllText(path)), Normalise(actual));
    }

    private static string Normalise(string html) =>
        string.Join('\n', html.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim();
}
