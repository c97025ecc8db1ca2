using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Store.Tests.Support;
using Credence.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Lists;

public sealed class ListImportWorkflowTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private readonly TestDatabase _store = TestDatabase.File();
    private readonly FakeTimeProvider _time = new(Start);

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ImportAsync_FirstList_BecomesActiveWithItsEntitiesAndCounts()
    {
        var db = _store.Open();
        var workflow = new ListImportWorkflow(db, _time);

        var outcome = await workflow.ImportAsync(TestLists.Loaded("ofac-sdn", 3, "abc123", diagnostics: 2, published: new DateOnly(2024, 5, 3)));

        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.SupersededSnapshotId);
        var stored = await _store.Open().Snapshots.SingleAsync();
        Assert.Equal(SnapshotStatus.Active, stored.Status);
        Assert.Equal("ofac-sdn", stored.Source);
        Assert.Equal(Credence.Lists.Common.ListFormat.CustomCsv, stored.Format);
        Assert.Equal(new DateOnly(2024, 5, 3), stored.Published);
        Assert.Equal("abc123", stored.Sha256);
        Assert.Equal(3, stored.EntityCount);
        Assert.Equal(2, stored.DiagnosticCount);
        Assert.Equal(Start, stored.ImportedAt);
        Assert.Equal(["ofac-sdn.csv"], stored.Files);
        Assert.Null(stored.FailureReason);
        var check = _store.Open();
        Assert.Equal(3, await check.SnapshotEntities.CountAsync(e => e.SnapshotId == stored.Id));
        Assert.Equal(2, await check.SnapshotDiagnostics.CountAsync(d => d.SnapshotId == stored.Id));
        var first = await check.SnapshotEntities.OrderBy(e => e.Id).FirstAsync();
        Assert.Equal("ofac-sdn:0001", first.EntityId);
        Assert.Equal("Name 1", first.PrimaryName);
        Assert.Equal("Name 1", EntityJson.Deserialize(first.Json).PrimaryName);
    }

    [Fact]
    public async Task ImportAsync_SecondListOfSameSource_SupersedesThePreviousOne()
    {
        var db = _store.Open();
        var workflow = new ListImportWorkflow(db, _time) { BatchSize = 2 };
        var first = await workflow.ImportAsync(TestLists.Loaded("un-sc", 5, "one"));
        _time.Advance(TimeSpan.FromDays(1));

        var second = await workflow.ImportAsync(TestLists.Loaded("un-sc", 4, "two"));

        Assert.True(second.Succeeded);
        Assert.Equal(first.Snapshot.Id, second.SupersededSnapshotId);
        var rows = await _store.Open().Snapshots.OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([SnapshotStatus.Superseded, SnapshotStatus.Active], rows.Select(r => r.Status));
        Assert.Equal(Start.AddDays(1), rows[1].ImportedAt);
    }

    [Fact]
    public async Task ImportAsync_DifferentSources_StayActiveSideBySide()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);

        await workflow.ImportAsync(TestLists.Loaded("un-sc", 2));
        await workflow.ImportAsync(TestLists.Loaded("uk-ofsi", 2));

        var active = await new ListStatusQuery(_store.Open()).ActiveAsync();
        Assert.Equal(["uk-ofsi", "un-sc"], active.Select(a => a.Source));
    }

    [Fact]
    public async Task ImportAsync_ExceptionMidWrite_KeepsPreviousActiveAndRecordsWhy()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var previous = await workflow.ImportAsync(TestLists.Loaded("ofac-sdn", 3, "old"));
        // Save 1 writes the snapshot row, saves 2.. write batches of 2 entities: fail in the middle of the entities.
        var failing = new FailingSaveInterceptor(3, () => throw new IOException("disk full"));
        var broken = new ListImportWorkflow(_store.Open(failing), _time) { BatchSize = 2 };

        var outcome = await broken.ImportAsync(TestLists.Loaded("ofac-sdn", 10, "new"));

        Assert.False(outcome.Succeeded);
        Assert.Equal(SnapshotStatus.Failed, outcome.Snapshot.Status);
        Assert.Contains("disk full", outcome.FailureReason, StringComparison.Ordinal);
        var check = _store.Open();
        var active = Assert.Single(await new ListStatusQuery(check).ActiveAsync());
        Assert.Equal(previous.Snapshot.Id, active.Id);
        Assert.Equal("old", active.Sha256);
        var failed = await check.Snapshots.SingleAsync(s => s.Status == SnapshotStatus.Failed);
        Assert.Equal("new", failed.Sha256);
        Assert.Contains("disk full", failed.FailureReason, StringComparison.Ordinal);
        // Nothing of the failed attempt is left to be screened against.
        Assert.Equal(3, await check.SnapshotEntities.CountAsync());
        Assert.Equal(0, await check.SnapshotEntities.CountAsync(e => e.SnapshotId == failed.Id));
    }

    [Fact]
    public async Task ImportAsync_CancelledMidWrite_ThrowsAndKeepsPreviousActive()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var previous = await workflow.ImportAsync(TestLists.Loaded("ofac-sdn", 3, "old"));
        using var cts = new CancellationTokenSource();
        var cancelling = new FailingSaveInterceptor(3, cts.Cancel);
        var interrupted = new ListImportWorkflow(_store.Open(cancelling), _time) { BatchSize = 2 };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => interrupted.ImportAsync(TestLists.Loaded("ofac-sdn", 10, "new"), cts.Token));

        var check = _store.Open();
        var active = Assert.Single(await new ListStatusQuery(check).ActiveAsync());
        Assert.Equal(previous.Snapshot.Id, active.Id);
        var failed = await check.Snapshots.SingleAsync(s => s.Status == SnapshotStatus.Failed);
        Assert.Contains("cancelled", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal(3, await check.SnapshotEntities.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_FailureWhileActivating_KeepsPreviousActiveAndDropsTheWrittenEntities()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var previous = await workflow.ImportAsync(TestLists.Loaded("ca-sema", 2, "old"));
        var failing = new FailingCommandInterceptor("UPDATE \"ListSnapshots\"");
        var broken = new ListImportWorkflow(_store.Open(failing), _time);

        var outcome = await broken.ImportAsync(TestLists.Loaded("ca-sema", 6, "new"));

        Assert.False(outcome.Succeeded);
        Assert.Contains("disk unplugged", outcome.FailureReason, StringComparison.Ordinal);
        var check = _store.Open();
        Assert.Equal(previous.Snapshot.Id, Assert.Single(await new ListStatusQuery(check).ActiveAsync()).Id);
        var failed = await check.Snapshots.SingleAsync(s => s.Id == outcome.Snapshot.Id);
        Assert.Equal(SnapshotStatus.Failed, failed.Status);
        Assert.Equal(0, await check.SnapshotEntities.CountAsync(e => e.SnapshotId == failed.Id));
    }

    [Fact]
    public async Task ImportAsync_ManyDiagnostics_StoresTheFirstTenThousandAndCountsAll()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);

        var outcome = await workflow.ImportAsync(TestLists.Loaded("custom", 1, diagnostics: ListImportWorkflow.MaxStoredDiagnostics + 7));

        Assert.Equal(ListImportWorkflow.MaxStoredDiagnostics + 7, outcome.Snapshot.DiagnosticCount);
        Assert.Equal(ListImportWorkflow.MaxStoredDiagnostics + 7, outcome.Diagnostics.Count);
        Assert.Equal(ListImportWorkflow.MaxStoredDiagnostics, await _store.Open().SnapshotDiagnostics.CountAsync());
    }

    [Fact]
    public async Task RecordFailureAsync_ShowsInHistoryAndLeavesActiveAlone()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var previous = await workflow.ImportAsync(TestLists.Loaded("eu-fsf", 2));

        var outcome = await workflow.RecordFailureAsync("eu-fsf", ["/tmp/x/content.xml"], "HTTP 503");

        var status = new ListStatusQuery(_store.Open());
        Assert.Equal(previous.Snapshot.Id, Assert.Single(await status.ActiveAsync()).Id);
        var latest = (await status.HistoryAsync()).First();
        Assert.Equal(outcome.Snapshot.Id, latest.Id);
        Assert.Equal(SnapshotStatus.Failed, latest.Status);
        Assert.Equal("HTTP 503", latest.FailureReason);
        Assert.Equal(["content.xml"], latest.Files);
    }

    [Fact]
    public async Task ImportAsync_PathThatCannotBeLoaded_ReportsErrorAndRecordsFailureForExpectedSource()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var missing = Path.Combine(Path.GetTempPath(), "credence-missing-" + Guid.NewGuid().ToString("N") + ".csv");

        var result = await workflow.ImportAsync([missing], "ofac-sdn");

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
        var failed = Assert.Single(result.Lists);
        Assert.Equal(SnapshotStatus.Failed, failed.Snapshot.Status);
        Assert.Equal("ofac-sdn", failed.Snapshot.Source);
        Assert.Empty(await new ListStatusQuery(_store.Open()).ActiveAsync());
    }

    [SharedDataFact]
    public async Task ImportAsync_RealOfacConsolidatedXml_BecomesActiveWithAllEntries()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var path = SharedData.Path("data", "ofac", "consolidated_non_sdn_xml_2025-03-28", "consolidated.xml");

        var result = await workflow.ImportAsync([path]);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Concat(result.Lists.Select(l => l.FailureReason ?? ""))));
        var outcome = Assert.Single(result.Lists);
        Assert.Equal(443, outcome.Snapshot.EntityCount);
        Assert.Equal(64, outcome.Snapshot.Sha256!.Length);
        var active = await new ActiveEntitiesQuery(_store.Open()).LoadAsync();
        Assert.Equal(443, active.Entities.Count);
    }
}
