using Credence.Core.Entities;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Lists;

public sealed class ListImportDeltaTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.File();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ImportAsync_FirstSnapshot_CountsEverythingAddedWithoutEntriesAndFingerprintsEachEntity()
    {
        var entities = new[] { TestLists.Person("1", "Anna Field", 7), TestLists.Person("2", "Bruno Keller", 8) };

        var outcome = await new ListImportWorkflow(_store.Open(), _time).ImportAsync(TestLists.Of(entities));

        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.Snapshot.PreviousSnapshotId);
        Assert.Equal((2, 0, 0), (outcome.Snapshot.AddedCount, outcome.Snapshot.RemovedCount, outcome.Snapshot.ChangedCount));
        var check = _store.Open();
        var stored = await check.Snapshots.SingleAsync();
        Assert.Equal((2, 0, 0), (stored.AddedCount, stored.RemovedCount, stored.ChangedCount));
        Assert.Empty(await check.SnapshotDeltas.ToListAsync());
        var rows = await check.SnapshotEntities.OrderBy(e => e.EntityId).ToListAsync();
        Assert.Equal(entities.Select(RecordFingerprint.Compute), rows.Select(r => r.RecordHash));
    }

    [Fact]
    public async Task ImportAsync_SecondSnapshot_StoresAddedRemovedAndChangedWithTheChangedFields()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var first = await workflow.ImportAsync(TestLists.Of(
            TestLists.Person("1", "Anna Field", 7), TestLists.Person("2", "Bruno Keller", 8), TestLists.Person("3", "Carla Moreno", 9), TestLists.Person("4", "Dev Rao", 10)));

        var changed = TestLists.Person("2", "Bruno Keller", 8, alias: "Bruno Kellner", born: new PartialDate(1971));
        // Record 1 moved from line 7 to line 40 and is otherwise the same: it did not change.
        var second = await workflow.ImportAsync(TestLists.Of(
            TestLists.Person("1", "Anna Field", 40), changed, TestLists.Person("4", "Dev Rao", 10), TestLists.Person("5", "Emil Sandor", 11)));

        Assert.True(second.Succeeded);
        Assert.Equal(first.Snapshot.Id, second.Snapshot.PreviousSnapshotId);
        Assert.Equal((1, 1, 1), (second.Snapshot.AddedCount, second.Snapshot.RemovedCount, second.Snapshot.ChangedCount));
        var check = _store.Open();
        var stored = await check.Snapshots.SingleAsync(s => s.Id == second.Snapshot.Id);
        Assert.Equal(first.Snapshot.Id, stored.PreviousSnapshotId);
        Assert.Equal((1, 1, 1), (stored.AddedCount, stored.RemovedCount, stored.ChangedCount));
        var entries = await check.SnapshotDeltas.Where(d => d.SnapshotId == second.Snapshot.Id).OrderBy(d => d.EntityId).ToListAsync();
        Assert.Equal(
            [("test:2", DeltaKind.Changed, "birthDates,names"), ("test:3", DeltaKind.Removed, null), ("test:5", DeltaKind.Added, null)],
            entries.Select(e => (e.EntityId, e.Kind, e.ChangedFields)));
        Assert.All(entries, e => Assert.Equal(first.Snapshot.Id, e.PreviousSnapshotId));
        Assert.Equal(["Bruno Keller", "Carla Moreno", "Emil Sandor"], entries.Select(e => e.EntityName));
    }

    [Fact]
    public async Task ImportAsync_PreviousRowsWithoutFingerprint_ComputesThemFromTheirJson()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        await workflow.ImportAsync(TestLists.Of(TestLists.Person("1", "Anna Field", 7), TestLists.Person("2", "Bruno Keller", 8)));
        // As written before fingerprints existed.
        await _store.Open().SnapshotEntities.ExecuteUpdateAsync(s => s.SetProperty(e => e.RecordHash, (string?)null));

        var second = await workflow.ImportAsync(TestLists.Of(TestLists.Person("1", "Anna Field", 7), TestLists.Person("2", "Bruno Keller", 8, remarks: "Moved to Bern.")));

        Assert.Equal((0, 0, 1), (second.Snapshot.AddedCount, second.Snapshot.RemovedCount, second.Snapshot.ChangedCount));
        var entry = await _store.Open().SnapshotDeltas.SingleAsync();
        Assert.Equal(("test:2", "remarks"), (entry.EntityId, entry.ChangedFields));
    }

    [Fact]
    public async Task ImportAsync_FailureWhileWritingTheDelta_KeepsPreviousActiveAndLeavesNoDeltaRows()
    {
        var previous = await new ListImportWorkflow(_store.Open(), _time).ImportAsync(TestLists.Of(TestLists.Person("1", "Anna Field", 7)));
        // Save 1 writes the snapshot row, save 2 its entities, save 3 the delta entries.
        var failing = new FailingSaveInterceptor(3, () => throw new IOException("disk full"));

        var outcome = await new ListImportWorkflow(_store.Open(failing), _time).ImportAsync(TestLists.Of(TestLists.Person("2", "Bruno Keller", 8)));

        Assert.False(outcome.Succeeded);
        Assert.Contains("disk full", outcome.FailureReason, StringComparison.Ordinal);
        var check = _store.Open();
        Assert.Equal(previous.Snapshot.Id, Assert.Single(await new ListStatusQuery(check).ActiveAsync()).Id);
        Assert.Equal(SnapshotStatus.Failed, (await check.Snapshots.SingleAsync(s => s.Id == outcome.Snapshot.Id)).Status);
        Assert.Empty(await check.SnapshotDeltas.ToListAsync());
        Assert.Equal(0, await check.SnapshotEntities.CountAsync(e => e.SnapshotId == outcome.Snapshot.Id));
    }

    [Fact]
    public async Task ImportAsync_UpdateThatBringsAnotherSourcesList_IsRefusedAndKeepsTheActiveSnapshot()
    {
        var workflow = new ListImportWorkflow(_store.Open(), _time);
        var previous = await workflow.ImportAsync(TestLists.Loaded("ofac-sdn", 2));
        var folder = Directory.CreateTempSubdirectory("credence-delta-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "list.csv"), "id,name\nW-1,Anna Field\n");

            var result = await workflow.ImportAsync([folder.FullName], "ofac-sdn");

            var failed = Assert.Single(result.Lists);
            Assert.False(failed.Succeeded);
            Assert.Contains("custom list", failed.FailureReason, StringComparison.Ordinal);
            Assert.Equal(previous.Snapshot.Id, Assert.Single(await new ListStatusQuery(_store.Open()).ActiveAsync()).Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
