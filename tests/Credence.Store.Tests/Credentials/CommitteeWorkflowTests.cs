using Credence.Lists.Demo;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Screening;
using Microsoft.EntityFrameworkCore;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.Credentials;

public sealed class CommitteeWorkflowTests
{
    [Fact]
    public async Task RecordDecisionAsync_UnknownArticle_RefusedNamingIt()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Myanmar, s.Junta));

        var result = await s.Committee.RecordDecisionAsync(s.Decision(s.Myanmar, CredentialsOutcome.Rejected, "constitution/art-2", "constitution/art-99"), "committee");

        Assert.Equal(CredentialsStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        Assert.Equal("citedArticles[1]", error.Field);
        Assert.Contains("constitution/art-99", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await s.Db.CredentialsDecisions.CountAsync());
        Assert.False((await s.Db.Delegations.SingleAsync()).IsLocked);
    }

    [Fact]
    public async Task RecordDecisionAsync_Valid_StoresGroundsVoteEvidenceLocksAndRefusesAmend()
    {
        using var s = await CreateAsync();
        var delegation = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));
        var screened = Ok(await s.Screening.ScreenDelegationAsync(ScreeningCorpus.FromLists([DemoData.Load()]), delegation.Delegation.Id, "system"));
        var alertId = screened.SelectMany(p => p.NewAlertIds).First();
        var input = s.Decision(s.Myanmar, CredentialsOutcome.Rejected, "constitution/art-2", "constitution/art-3") with
        {
            Vote = VoteKind.Tally,
            VotesFor = 5,
            VotesAgainst = 2,
            Abstentions = 1,
            Visibility = DecisionVisibility.Members,
            Evidence = [new EvidenceLink(EvidenceKind.Alert, alertId)],
        };

        var decision = Ok(await s.Committee.RecordDecisionAsync(input, "committee"));

        var stored = await s.Db.CredentialsDecisions.SingleAsync();
        Assert.Equal(decision.Id, stored.Id);
        Assert.Equal(["constitution/art-2", "constitution/art-3"], stored.CitedArticleList());
        Assert.Equal((VoteKind.Tally, 5, 2, 1), (stored.Vote, stored.VotesFor!.Value, stored.VotesAgainst!.Value, stored.Abstentions!.Value));
        Assert.Equal("Grounds as written.", stored.Grounds);
        Assert.Equal(DecisionVisibility.Members, stored.Visibility);
        Assert.Equal(alertId, (await s.Db.DecisionEvidence.SingleAsync()).ReferenceId);
        var locked = await s.Db.Delegations.SingleAsync();
        Assert.True(locked.IsLocked);
        Assert.Equal(DelegationStatus.Decided, locked.Status);
        Assert.Contains(await s.Db.AuditEvents.ToListAsync(), a => a.Action == "credentials.decided" && a.Target == $"decision:{decision.Id}");

        var amend = await s.Delegations.AmendAsync(locked.Id, ThanHlaingDelegation(), null, "late change", Secretariat);
        Assert.Equal(CredentialsStatus.Locked, amend.Status);
        Assert.Equal(1, (await s.Db.Delegations.SingleAsync()).Version);
    }

    [Fact]
    public async Task UnlockForAmendmentAsync_Decided_AmendAllowedReviewReopenedUntilNewDecisionLocksAgain()
    {
        using var s = await CreateAsync();
        var delegation = Ok(await s.SubmitAsync(s.Myanmar, s.Junta)).Delegation;
        var decided = Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Myanmar, CredentialsOutcome.Provisional, "constitution/art-7"), "committee"));

        var blank = await s.Committee.UnlockForAmendmentAsync(delegation.Id, " ", "committee");
        Ok(await s.Committee.UnlockForAmendmentAsync(delegation.Id, "new head appointed", "committee"));
        var dossier = (await s.Committee.GetDossierAsync(s.SessionId, s.Myanmar))!;
        var amended = Ok(await s.Delegations.AmendAsync(delegation.Id, [new PersonInput(DelegationRole.Head, "New Head")], null, "new head", Secretariat));
        Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Myanmar, CredentialsOutcome.Accepted, "constitution/art-7"), "committee"));

        Assert.Equal(CredentialsStatus.Invalid, blank.Status);
        Assert.True(dossier.UnderReview);
        Assert.Equal(decided.Id, dossier.Notices.Single(n => n.Kind == CommitteeNoticeKind.ReviewReopened).DecisionId);
        Assert.Equal(2, amended.Delegation.Version);
        Assert.True((await s.Db.Delegations.SingleAsync()).IsLocked);
        Assert.False((await s.Committee.GetDossierAsync(s.SessionId, s.Myanmar))!.UnderReview);
        Assert.Equal(CredentialsStatus.NotFound, (await s.Committee.UnlockForAmendmentAsync(404, "x", "committee")).Status);
    }

    [Fact]
    public async Task RecordDecisionAsync_LaterDecision_SupersedesAndHistoryKept()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Myanmar, s.Junta));
        var first = Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Myanmar, CredentialsOutcome.Deferred, "constitution/art-7"), "committee"));
        s.Time.Advance(TimeSpan.FromDays(1));

        var second = Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Myanmar, CredentialsOutcome.ObserverOnly, "constitution/art-3"), "committee"));

        var dossier = (await s.Committee.GetDossierAsync(s.SessionId, s.Myanmar))!;
        Assert.Equal(second.Id, dossier.CurrentDecision!.Decision.Id);
        Assert.Equal(first.Id, dossier.CurrentDecision.Decision.SupersedesId);
        Assert.Equal([second.Id, first.Id], dossier.DecisionHistory.Select(d => d.Decision.Id));
        Assert.Equal(second.Id, dossier.DecisionHistory[1].Decision.SupersededById);
        Assert.Equal(CredentialsOutcome.Deferred, dossier.DecisionHistory[1].Decision.Outcome);
    }

    [Theory]
    [InlineData(VoteKind.Tally, null, 1, 1, "votesFor")]
    [InlineData(VoteKind.Tally, -1, 1, 1, "votesFor")]
    [InlineData(VoteKind.Consensus, 3, null, null, "vote")]
    public async Task RecordDecisionAsync_VoteNotFittingItsKind_Invalid(VoteKind kind, int? votesFor, int? against, int? abstain, string field)
    {
        using var s = await CreateAsync();
        var input = s.Decision(s.Norway, CredentialsOutcome.Deferred, "constitution/art-7") with
        {
            Vote = kind,
            VotesFor = votesFor,
            VotesAgainst = against,
            Abstentions = abstain,
        };

        var result = await s.Committee.RecordDecisionAsync(input, "committee");

        Assert.Equal(field, Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task RecordDecisionAsync_NoGroundsNoArticlesMissingEvidence_EachRefused()
    {
        using var s = await CreateAsync();
        var input = new DecisionInput(s.SessionId, s.Norway, CredentialsOutcome.Deferred, "Committee", new DateOnly(2021, 11, 23), " ", [])
        {
            Evidence = [new EvidenceLink(EvidenceKind.Challenge, 77)],
        };

        var result = await s.Committee.RecordDecisionAsync(input, "committee");

        Assert.Equal(["grounds", "citedArticles", "evidence[0]"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task RecordDecisionAsync_Dispute_AcceptingNeedsTheDelegationAndSettlesTheDispute()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Myanmar, s.Junta));
        var rival = Ok(await s.SubmitAsync(s.Myanmar, s.Rival, [new PersonInput(DelegationRole.Head, "Maung Maung")]));

        var unsaid = await s.Committee.RecordDecisionAsync(s.Decision(s.Myanmar, CredentialsOutcome.Provisional, "constitution/art-7"), "committee");
        var said = Ok(await s.Committee.RecordDecisionAsync(
            s.Decision(s.Myanmar, CredentialsOutcome.Provisional, "constitution/art-7") with { DelegationId = rival.Delegation.Id }, "committee"));

        Assert.Equal("delegationId", Assert.Single(unsaid.Errors).Field);
        Assert.Equal(rival.Delegation.Id, said.DelegationId);
        var dispute = await s.Db.RepresentationDisputes.SingleAsync();
        Assert.Equal((DisputeStatus.Decided, said.Id), (dispute.Status, dispute.DecisionId!.Value));
        Assert.All(await s.Db.Delegations.ToListAsync(), d => Assert.True(d.IsLocked));
        Assert.All(await s.Committee.NoticesAsync(s.SessionId), n => Assert.Equal(said.Id, n.SettledByDecisionId));
    }

    [Fact]
    public async Task GetDossierAsync_Member_ShowsDelegationsScreeningsClaimsDisputesChallengesAndRestrictions()
    {
        using var s = await CreateAsync();
        var junta = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));
        Ok(await s.SubmitAsync(s.Myanmar, s.Rival, [new PersonInput(DelegationRole.Head, "Maung Maung")]));
        Ok(await s.Screening.ScreenDelegationAsync(ScreeningCorpus.FromLists([DemoData.Load()]), junta.Delegation.Id, "system"));
        Ok(await s.Challenges.ImportAsync(CredentialsDemo.DemoLetter(), new ChallengeTargetRef(s.SessionId, ChallengeTarget.Delegation, junta.Delegation.Id), null, 2, "secretariat"));
        Ok(await s.Restrictions.ImposeAsync(new RestrictionInput(s.Myanmar, RestrictionType.DataAccess, "constitution/art-3", new DateOnly(2021, 3, 1)), "secretariat"));

        var dossier = (await s.Committee.GetDossierAsync(s.SessionId, s.Myanmar))!;

        Assert.Equal(2, dossier.Delegations.Count);
        var head = dossier.Delegations[0].Persons[0];
        Assert.Equal(("Than Hlaing", DelegationRole.Head), (head.Person.Name, head.Person.Role));
        Assert.Equal("Than Hlaing", Assert.Single(head.Alerts).Alert.EntityName);
        Assert.Single(head.Screenings);
        Assert.Equal("letter.pdf", dossier.Delegations[0].Letter!.FileName);
        Assert.Equal(2, dossier.Claims.Count);
        Assert.Equal(2, Assert.Single(dossier.Disputes).DelegationIds.Count);
        Assert.Equal(7, Assert.Single(dossier.Challenges).TotalEndorsements);
        Assert.Equal(RestrictionType.DataAccess, Assert.Single(dossier.RestrictionsInForce).Type);
        Assert.Null(dossier.CurrentDecision);
        Assert.Null(await s.Committee.GetDossierAsync(s.SessionId, 999));
    }

    [Fact]
    public async Task CloseSessionAsync_Twice_SecondIsConflict()
    {
        using var s = await CreateAsync();

        var first = await s.Committee.CloseSessionAsync(s.SessionId, "secretariat");
        var second = await s.Committee.CloseSessionAsync(s.SessionId, "secretariat");

        Assert.Equal(SessionStatus.Closed, Ok(first).Status);
        Assert.Equal(CredentialsStatus.Conflict, second.Status);
    }
}
