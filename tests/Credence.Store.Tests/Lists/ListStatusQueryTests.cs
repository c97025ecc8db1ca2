using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Store.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Lists;

public sealed class ListStatusQueryTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.InMemory();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task HistoryAsync_SeveralImports_NewestFirstWithLimitAndSourceFilter()
    {
        var workflow = new ListImportWorkflow(_store.Open(), new FakeTimeProvider());
        await workflow.ImportAsync(TestLists.Loaded("un-sc", 1, "u1"));
        await workflow.ImportAsync(TestLists.Loaded("ofac-sdn", 1, "o1"));
        await workflow.ImportAsync(TestLists.Loaded("un-sc", 1, "u2"));
        var query = new ListStatusQuery(_store.Open());

        var all = await query.HistoryAsync();
        var two = await query.HistoryAsync(limit: 2);
        var un = await query.HistoryAsync("un-sc");

        Assert.Equal(["u2", "o1", "u1"], all.Select(s => s.Sha256));
        Assert.Equal(["u2", "o1"], two.Select(s => s.Sha256));
        Assert.Equal([SnapshotStatus.Active, SnapshotStatus.Superseded], un.Select(s => s.Status));
    }

    [Fact]
    public async Task ActiveAsync_EmptyStore_ReturnsNothing()
    {
        Assert.Empty(await new ListStatusQuery(_store.Open()).ActiveAsync());
    }

    [Fact]
    public async Task DiagnosticsAsync_ImportWithDiagnostics_ReturnsThemInOrder()
    {
        var workflow = new ListImportWorkflow(_store.Open(), new FakeTimeProvider());
        var outcome = await workflow.ImportAsync(TestLists.Loaded("custom", 1, diagnostics: 3));

        var diagnostics = await new ListStatusQuery(_store.Open()).DiagnosticsAsync(outcome.Snapshot.Id, limit: 2);

        Assert.Equal(["line 1", "line 2"], diagnostics.Select(d => d.Location));
        Assert.Equal("custom.csv", diagnostics[0].Source);
        Assert.Equal("name", diagnostics[0].Field);
    }
}
