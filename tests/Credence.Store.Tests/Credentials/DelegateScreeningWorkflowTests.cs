using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Demo;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Credence.Store.Tests.Credentials.CredentialsScenario;

namespace Credence.Store.Tests.Credentials;

public sealed class DelegateScreeningWorkflowTests
{
    private static readonly ScreeningCorpus Demo = ScreeningCorpus.FromLists([DemoData.Load()]);

    [Fact]
    public async Task ScreenDelegationAsync_DemoList_ThanHlaingHitsAndRaisesAnOpenAlert()
    {
        using var s = await CreateAsync();
        var delegation = Ok(await s.SubmitAsync(s.Myanmar, s.Junta));

        var screened = Ok(await s.Screening.ScreenDelegationAsync(Demo, delegation.Delegation.Id, "system"));

        var head = screened.Single(p => p.Person.Role == DelegationRole.Head);
        var alertId = Assert.Single(head.NewAlertIds);
        var alert = await s.Db.Alerts.SingleAsync(a => a.Id == alertId);
        Assert.Equal(AlertStatus.Open, alert.Status);
        Assert.Equal("Than Hlaing", alert.EntityName);
        Assert.Contains("Delegate Than Hlaing", alert.Cause, StringComparison.Ordinal);
        var record = await s.Db.Screenings.SingleAsync(r => r.Id == alert.ScreeningId);
        Assert.Equal(ScreeningOrigin.Credentials, record.Origin);
        // Every person is screened, under the name and each alias: 3 names + 1 alias.
        Assert.Equal(4, await s.Db.DelegateScreenings.CountAsync());
        Assert.Equal(["Su Su", "Su Su Hlaing"], await s.Db.DelegateScreenings
            .Where(l => l.PersonId == screened[2].Person.Id).OrderBy(l => l.Id).Select(l => l.ScreenedName).ToListAsync());
        // Not decided yet: no committee notice for a first screening.
        Assert.Empty(await s.Committee.NoticesAsync(s.SessionId));
    }

    [Fact]
    public void QueryFor_Person_CarriesBirthDateNationalityAndDocument()
    {
        var person = new DelegationPerson { Id = 7, Name = "Su Su", BirthDate = "1980-02", Nationality = "MM", DocumentNumber = "MA1" };

        var query = DelegateScreeningWorkflow.QueryFor(person, "Su Su Hlaing");

        Assert.Equal("Su Su Hlaing", query.Name);
        Assert.Equal(new PartialDate(1980, 2), query.BirthDate);
        Assert.Equal("MM", query.Country);
        Assert.Equal(["MA1"], query.Identifiers);
        Assert.Equal(EntitySchema.Person, query.Schema);
    }

    [Fact]
    public async Task RescreenOpenSessionsAsync_NewListingOfAccreditedDelegate_NewAlertReopensReviewAndTellsCommittee()
    {
        using var s = await CreateAsync();
        var delegation = Ok(await s.SubmitAsync(s.Norway, s.NorwayGovernment, [new PersonInput(DelegationRole.Head, "Ivan Petrovich Sidorov")]));
        Ok(await s.Screening.ScreenDelegationAsync(Demo, delegation.Delegation.Id, "system"));
        var accepted = Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Norway, CredentialsOutcome.Accepted, "constitution/art-7"), "committee"));
        Assert.Equal(0, await s.Db.Alerts.CountAsync());

        var changed = ScreeningCorpus.FromLists([DemoData.Load(), ListWith("Ivan Petrovich Sidorov")]);
        var summary = await s.Screening.RescreenOpenSessionsAsync(changed, "custom snapshot 2 imported");

        var alertId = Assert.Single(summary.NewAlertIds);
        var notice = Assert.Single(summary.Notices);
        Assert.Equal(CommitteeNoticeKind.ReviewReopened, notice.Kind);
        Assert.Equal(accepted.Id, notice.DecisionId);
        Assert.Equal(alertId, notice.AlertId);
        Assert.Contains("accredited delegate Ivan Petrovich Sidorov", notice.Message, StringComparison.Ordinal);
        Assert.Contains("custom snapshot 2 imported", (await s.Db.Alerts.SingleAsync()).Cause, StringComparison.Ordinal);
        var dossier = (await s.Committee.GetDossierAsync(s.SessionId, s.Norway))!;
        Assert.True(dossier.UnderReview);
        Assert.Equal(accepted.Id, dossier.CurrentDecision!.Decision.Id);

        // The same corpus again: the hit joins the open alert, so nothing new reaches the committee.
        var again = await s.Screening.RescreenOpenSessionsAsync(changed, "no change");
        Assert.Empty(again.NewAlertIds);
        Assert.Empty(again.Notices);

        // A new decision settles the reopened review.
        Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Norway, CredentialsOutcome.Provisional, "constitution/art-2"), "committee"));
        Assert.False((await s.Committee.GetDossierAsync(s.SessionId, s.Norway))!.UnderReview);
    }

    [Fact]
    public async Task RescreenOpenSessionsAsync_UndecidedMember_NewAlertNoticeNotReopen()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Norway, s.NorwayGovernment, [new PersonInput(DelegationRole.Head, "Ivan Petrovich Sidorov")]));

        var summary = await s.Screening.RescreenOpenSessionsAsync(ScreeningCorpus.FromLists([ListWith("Ivan Petrovich Sidorov")]), "list change");

        Assert.Equal(CommitteeNoticeKind.NewAlert, Assert.Single(summary.Notices).Kind);
        Assert.False((await s.Committee.GetDossierAsync(s.SessionId, s.Norway))!.UnderReview);
    }

    [Fact]
    public async Task RescreenOpenSessionsAsync_SessionClosed_ScreensNothing()
    {
        using var s = await CreateAsync();
        Ok(await s.SubmitAsync(s.Norway, s.NorwayGovernment, [new PersonInput(DelegationRole.Head, "Ivan Petrovich Sidorov")]));
        Ok(await s.Committee.RecordDecisionAsync(s.Decision(s.Norway, CredentialsOutcome.Accepted, "constitution/art-7"), "committee"));
        Ok(await s.Committee.CloseSessionAsync(s.SessionId, "secretariat"));

        var summary = await s.Screening.RescreenOpenSessionsAsync(ScreeningCorpus.FromLists([ListWith("Ivan Petrovich Sidorov")]), "list change");

        Assert.Equal((0, 0, 0), (summary.Sessions, summary.Delegations, summary.Persons));
        Assert.Empty(summary.Notices);
        Assert.Equal(0, await s.Db.Alerts.CountAsync());
        Assert.Equal(0, await s.Db.Screenings.CountAsync());
    }

    [Fact]
    public async Task ScreenDelegationAsync_UnknownDelegation_NotFound()
    {
        using var s = await CreateAsync();

        Assert.Equal(CredentialsStatus.NotFound, (await s.Screening.ScreenDelegationAsync(Demo, 404, "system")).Status);
    }

    private static LoadedList ListWith(string name)
    {
        var list = TestLists.Loaded("custom", 0, "new");
        return new LoadedList
        {
            Result = new ListReadResult { Source = "custom", Format = list.Result.Format, Entities = [TestLists.Entity("custom", "1", name)] },
            Sha256 = "new",
            Files = list.Files,
        };
    }
}
