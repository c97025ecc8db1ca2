using Credence.Store.Lists;
using Credence.Store.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Lists;

public sealed class ActiveEntitiesQueryTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.File();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task LoadAsync_EmptyStore_IsEmpty()
    {
        var active = await new ActiveEntitiesQuery(_store.Open()).LoadAsync();

        Assert.True(active.IsEmpty);
        Assert.Empty(active.Entities);
    }

    [Fact]
    public async Task LoadAsync_ActiveAndSupersededSnapshots_ReturnsOnlyActiveEntitiesWithSnapshotInfo()
    {
        var workflow = new ListImportWorkflow(_store.Open(), new FakeTimeProvider()) { BatchSize = 3 };
        await workflow.ImportAsync(TestLists.Loaded("un-sc", 4, "old"));
        await workflow.ImportAsync(TestLists.Loaded("un-sc", 2, "new", published: new DateOnly(2026, 2, 27)));
        await workflow.ImportAsync(TestLists.Loaded("ofac-sdn", 5, "sdn"));

        var active = await new ActiveEntitiesQuery(_store.Open()).LoadAsync();

        Assert.Equal(["ofac-sdn", "un-sc"], active.Snapshots.Select(s => s.Source));
        var un = active.Snapshots[1];
        Assert.Equal("new", un.Sha256);
        Assert.Equal(2, un.EntityCount);
        Assert.Equal(new DateOnly(2026, 2, 27), un.Published);
        Assert.Equal(7, active.Entities.Count);
        Assert.Equal(2, active.Entities.Count(e => e.Source == "un-sc"));
        Assert.Contains(active.Entities, e => e.Id == "ofac-sdn:0005" && e.PrimaryName == "Name 5");
    }
}
