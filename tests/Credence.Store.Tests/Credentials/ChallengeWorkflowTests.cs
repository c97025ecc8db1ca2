using Credence.Lists.Letters;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Microsoft.EntityFrameworkCore;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.Credentials;

public sealed class ChallengeWorkflowTests
{
    [Fact]
    public async Task ImportAsync_ParsedLetter_StoresTitleContactsDemandsEndorsementsAndProblems()
    {
        using var s = await CreateAsync();
        var delegation = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));
        var letter = new ParsedLetter(
            "Keep the junta out", new DateOnly(2021, 11, 22), 4, 3,
            ["Secretary General", "Executive Committee"],
            [new LetterContact("A. Person", "Example Rights Network", "a@example.org"), new LetterContact("B. Person", null, null)],
            [new LetterSignatory(1, "Example Alpha Group"), new LetterSignatory(2, "Example Beta Union"), new LetterSignatory(3, "Example Beta Unions")],
            [["Example Beta Union", "Example Beta Unions"]],
            ["Refuse the credentials", "Trace the revenue"],
            ["The text states 4 signatories; 3 were parsed."]);

        var summary = Ok(await s.Challenges.ImportAsync(
            letter, new ChallengeTargetRef(s.SessionId, ChallengeTarget.Delegation, delegation.Delegation.Id), "frozen text", 5, "secretariat"));

        var challenge = summary.Challenge;
        Assert.Equal(("Keep the junta out", new DateOnly(2021, 11, 22), 4), (challenge.Title, challenge.Date!.Value, challenge.StatedCount!.Value));
        Assert.Equal("Secretary General\nExecutive Committee", challenge.Addressees);
        Assert.Equal("Refuse the credentials\nTrace the revenue", challenge.Demands);
        Assert.Equal((s.Myanmar, s.SessionId), (challenge.MemberId, challenge.SessionId));
        Assert.Equal([(1, "Example Alpha Group"), (2, "Example Beta Union"), (3, "Example Beta Unions")],
            summary.Endorsements.Select(e => (e.Number, e.Organisation)));
        Assert.Equal((5, 8), (challenge.AnonymousEndorsements, summary.TotalEndorsements));
        Assert.Equal(["A. Person", "B. Person"], summary.Contacts.Select(c => c.Name));
        Assert.Contains("3 were parsed", challenge.ImportProblems, StringComparison.Ordinal);
        Assert.Contains("Example Beta Union / Example Beta Unions", challenge.ImportProblems, StringComparison.Ordinal);
        var listed = Assert.Single(await s.Challenges.ListAsync(s.SessionId, s.Myanmar));
        Assert.Equal(3, listed.Endorsements.Count);
        Assert.Empty(await s.Challenges.ListAsync(s.SessionId, s.Norway));
        Assert.Contains(await s.Db.AuditEvents.ToListAsync(), a => a.Action == "challenge.filed");
    }

    [Fact]
    public async Task ImportAsync_ParserNumbering_KeptAsPublished()
    {
        using var s = await CreateAsync();
        var letter = new ParsedLetter("T", null, null, 2, [], [], [new LetterSignatory(2, "Alpha"), new LetterSignatory(1, "Zeta")], [], [], []);

        var summary = Ok(await s.Challenges.ImportAsync(letter, new ChallengeTargetRef(s.SessionId, ChallengeTarget.Authority, s.Junta), null, 0, "x"));

        Assert.Equal([(1, "Zeta"), (2, "Alpha")], summary.Endorsements.Select(e => (e.Number, e.Organisation)));
    }

    [Fact]
    public void Numbered_Endorsers_DeduplicatedOnNormalisedNameAlphabetisedAndNumbered()
    {
        var numbered = ChallengeWorkflow.Numbered(["zeta  Network", "Alpha Group", "ALPHA GROUP.", " ", "beta"]);

        Assert.Equal([(1, "Alpha Group"), (2, "beta"), (3, "zeta Network")], numbered);
    }

    [Fact]
    public async Task CreateAsync_AgainstAuthorityAndPerson_MemberTakenFromTarget()
    {
        using var s = await CreateAsync();
        var delegation = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));

        var onAuthority = Ok(await s.Challenges.CreateAsync(
            new ChallengeInput(new ChallengeTargetRef(s.SessionId, ChallengeTarget.Authority, s.Junta), "Not competent") { Endorsers = ["Example Org"] }, "secretariat"));
        var onPerson = Ok(await s.Challenges.CreateAsync(
            new ChallengeInput(new ChallengeTargetRef(s.SessionId, ChallengeTarget.Person, delegation.Persons[0].Id), "Sanctioned head"), "secretariat"));

        Assert.Equal(s.Myanmar, onAuthority.Challenge.MemberId);
        Assert.Equal(s.Myanmar, onPerson.Challenge.MemberId);
        Assert.Equal(2, await s.Db.Challenges.CountAsync());
    }

    [Fact]
    public async Task CreateAsync_UnknownTargetBlankTitleNegativeCount_Refused()
    {
        using var s = await CreateAsync();

        var unknown = await s.Challenges.CreateAsync(new ChallengeInput(new ChallengeTargetRef(s.SessionId, ChallengeTarget.Delegation, 404), "T"), "x");
        var invalid = await s.Challenges.CreateAsync(
            new ChallengeInput(new ChallengeTargetRef(s.SessionId, ChallengeTarget.Authority, s.Junta), " ") { AnonymousEndorsements = -1 }, "x");
        var ambiguous = await s.Challenges.CreateAsync(new ChallengeInput(new ChallengeTargetRef(s.SessionId, ChallengeTarget.Authority, s.NorwayGovernment), "T"), "x");

        Assert.Equal(CredentialsStatus.NotFound, unknown.Status);
        Assert.Equal(["title", "anonymousEndorsements"], invalid.Errors.Select(e => e.Field));
        Assert.Equal("target.memberId", Assert.Single(ambiguous.Errors).Field);
    }
}
