using Credence.Core.Entities;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Store.Monitoring;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Monitoring;

public sealed class MonitoringWorkflowTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.File();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task AddAsync_NewSubject_StoresItWithItsFirstScreeningAndAudits()
    {
        await ImportAsync(TestLists.Person("1", "Anna Field"), TestLists.Person("2", "Bruno Keller"));

        var start = await AddAnnaAsync();

        Assert.Equal(ScreeningOrigin.Monitoring, start.Screening.Record.Origin);
        Assert.Equal(start.Subject.Id, start.Screening.Record.MonitoredSubjectId);
        Assert.Equal("test:1", Assert.Single(start.Screening.Hits).Hit.Entity.Id);
        var check = _store.Open();
        var subject = await check.MonitoredSubjects.SingleAsync();
        Assert.Equal((true, start.Screening.Record.Id, "alice", "mm"), (subject.Active, subject.LastScreeningId, subject.AddedBy, subject.Country));
        Assert.Equal("anna field||mm", subject.SubjectKey);
        Assert.Equal("monitoring.added", (await check.AuditEvents.SingleAsync()).Action);
    }

    [Fact]
    public async Task ProcessPendingAsync_SnapshotAddsMatchingEntity_RaisesOneAlertNamingTheCause()
    {
        await ImportAsync(TestLists.Person("2", "Bruno Keller"));
        await Workflow().ProcessPendingAsync();
        var subject = (await AddAnnaAsync()).Subject;
        var added = await ImportAsync(TestLists.Person("2", "Bruno Keller"), TestLists.Person("9", "Anna Field"));

        var run = Assert.Single(await Workflow().ProcessPendingAsync());

        Assert.Equal((added.Snapshot.Id, 1, 1, 1), (run.SnapshotId, run.Entities, run.Subjects, run.NewAlerts));
        var check = _store.Open();
        var alert = await check.Alerts.SingleAsync();
        Assert.Equal((subject.Id, "test:9", AlertStatus.Open), (alert.MonitoredSubjectId, alert.EntityId, alert.Status));
        Assert.Equal($"test snapshot {added.Snapshot.Id} added test:9", alert.Cause);
        Assert.Equal(alert.ScreeningId, (await check.MonitoredSubjects.SingleAsync()).LastScreeningId);
        Assert.NotNull((await check.Snapshots.SingleAsync(s => s.Id == added.Snapshot.Id)).MonitoredAt);
        Assert.Empty(await Workflow().ProcessPendingAsync());
    }

    [Fact]
    public async Task ProcessSnapshotAsync_SameSnapshotAgain_RaisesNothingNew()
    {
        await ImportAsync(TestLists.Person("2", "Bruno Keller"));
        await Workflow().ProcessPendingAsync();
        await AddAnnaAsync();
        var added = await ImportAsync(TestLists.Person("2", "Bruno Keller"), TestLists.Person("9", "Anna Field"));
        await Workflow().ProcessPendingAsync();

        var again = await Workflow().ProcessSnapshotAsync(added.Snapshot.Id);

        Assert.Equal((1, 0), (again.Subjects, again.NewAlerts));
        Assert.Equal(1, await _store.Open().Alerts.CountAsync());
    }

    [Fact]
    public async Task ProcessPendingAsync_MatchedRecordChanges_RaisesANewAlertNamingTheChangedFields()
    {
        await ImportAsync(TestLists.Person("2", "Bruno Keller"), TestLists.Person("9", "Anna Field"));
        await Workflow().ProcessPendingAsync();
        await AddAnnaAsync();
        Assert.Equal(1, await _store.Open().Alerts.CountAsync());
        var changed = await ImportAsync(
            TestLists.Person("2", "Bruno Keller"), TestLists.Person("9", "Anna Field", born: new PartialDate(1970, 5), line: 30), published: new DateOnly(2026, 11, 20));

        var run = Assert.Single(await Workflow().ProcessPendingAsync());

        Assert.Equal(1, run.NewAlerts);
        var alert = await _store.Open().Alerts.OrderBy(a => a.Id).LastAsync();
        Assert.Equal($"test snapshot {changed.Snapshot.Id} (published 2026-11-20) changed test:9: birthDates", alert.Cause);
    }

    [Fact]
    public async Task ProcessPendingAsync_UnrelatedChange_RaisesNoAlertButRecordsTheScreening()
    {
        await ImportAsync(TestLists.Person("2", "Bruno Keller"));
        await Workflow().ProcessPendingAsync();
        var subject = (await AddAnnaAsync()).Subject;

        await ImportAsync(TestLists.Person("2", "Bruno Keller", remarks: "Also known in Basel."), TestLists.Person("3", "Carla Moreno"));
        var run = Assert.Single(await Workflow().ProcessPendingAsync());

        Assert.Equal((2, 1, 0), (run.Entities, run.Subjects, run.NewAlerts));
        var check = _store.Open();
        Assert.Empty(await check.Alerts.ToListAsync());
        var last = await check.Screenings.OrderBy(s => s.Id).LastAsync();
        Assert.Equal((subject.Id, 0), (last.MonitoredSubjectId, last.HitCount));
    }

    [Fact]
    public async Task StopAsync_StoppedSubject_IsNotRescreenedAndKeepsItsRow()
    {
        await ImportAsync(TestLists.Person("2", "Bruno Keller"));
        await Workflow().ProcessPendingAsync();
        var subject = (await AddAnnaAsync()).Subject;

        var stopped = await Workflow().StopAsync(subject.Id, "alice");
        var stoppedAt = _time.GetUtcNow();
        await ImportAsync(TestLists.Person("2", "Bruno Keller"), TestLists.Person("9", "Anna Field"));
        var run = Assert.Single(await Workflow().ProcessPendingAsync());

        Assert.False(stopped!.Active);
        Assert.Equal((0, 0), (run.Subjects, run.NewAlerts));
        var check = _store.Open();
        Assert.Equal(stoppedAt, (await check.MonitoredSubjects.SingleAsync()).StoppedAt);
        Assert.Empty(await check.Alerts.ToListAsync());
        Assert.Null(await Workflow().StopAsync(subject.Id + 100, "alice"));
    }

    private MonitoringWorkflow Workflow() => new(_store.Open(), _time);

    private async Task<SnapshotImportOutcome> ImportAsync(SanctionEntity first, SanctionEntity? second = null, DateOnly? published = null)
    {
        var list = second is null ? TestLists.Of(first) : TestLists.Of(first, second);
        var loaded = new Credence.Lists.Common.LoadedList
        {
            Result = new Credence.Lists.Common.ListReadResult
            {
                Source = list.Result.Source,
                Format = list.Result.Format,
                Entities = list.Result.Entities,
                Diagnostics = [],
                Published = published,
            },
            Sha256 = list.Sha256,
            Files = list.Files,
        };
        _time.Advance(TimeSpan.FromHours(1));
        var outcome = await new ListImportWorkflow(_store.Open(), _time).ImportAsync(loaded);
        Assert.True(outcome.Succeeded, outcome.FailureReason);
        return outcome;
    }

    private async Task<MonitoringStart> AddAnnaAsync()
    {
        var db = _store.Open();
        var corpus = ScreeningCorpus.FromActive(await new ActiveEntitiesQuery(db).LoadAsync());
        return await new MonitoringWorkflow(db, _time).AddAsync(
            new MonitoringRequest { Name = " Anna Field ", Schema = EntitySchema.Person, Country = "MM" }, "alice", corpus);
    }
}
