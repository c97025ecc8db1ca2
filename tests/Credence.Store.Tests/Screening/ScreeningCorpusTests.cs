using Credence.Core.Matching;
using Credence.Store.Lists;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Screening;

public sealed class ScreeningCorpusTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.InMemory();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void FromLists_LoadedLists_IndexesThemAndRecordsEachSnapshot()
    {
        var corpus = ScreeningCorpus.FromLists([TestLists.Loaded("un-sc", 3, "aa", published: new DateOnly(2026, 2, 27)), TestLists.Loaded("ofac-sdn", 2, "bb")]);

        Assert.Equal(CorpusOrigin.Files, corpus.Origin);
        Assert.Equal(5, corpus.Index.Count);
        Assert.Equal(
            [new CorpusSnapshot("un-sc", new DateOnly(2026, 2, 27), "aa", 3), new CorpusSnapshot("ofac-sdn", null, "bb", 2)],
            corpus.Snapshots);
    }

    [Fact]
    public async Task LoadActiveOrDemoAsync_StoreWithActiveList_ScreensIt()
    {
        var list = TestLists.Loaded("custom", 0);
        var withEntity = new Credence.Lists.Common.LoadedList
        {
            Result = new Credence.Lists.Common.ListReadResult
            {
                Source = "custom",
                Format = list.Result.Format,
                Entities = [TestLists.Entity("custom", "7", "Ivan Petrovich Sidorov")],
            },
            Sha256 = "cc",
            Files = list.Files,
        };
        var imported = await new ListImportWorkflow(_store.Open(), new FakeTimeProvider()).ImportAsync(withEntity);

        var corpus = await ScreeningCorpus.LoadActiveOrDemoAsync(_store.Open(), new MatchingOptions { Threshold = 0.5 });
        var hits = corpus.Screen(new ScreeningQuery { Name = "Ivan Sidorov" });

        Assert.Equal(CorpusOrigin.Store, corpus.Origin);
        Assert.Equal([new CorpusSnapshot("custom", null, "cc", 1, imported.Snapshot.Id)], corpus.Snapshots);
        Assert.Equal("custom:7", Assert.Single(hits).Entity.Id);
        Assert.Equal(0.5, corpus.Index.Options.Threshold);
    }

    [Fact]
    public async Task LoadActiveOrDemoAsync_EmptyStore_FallsBackToTheDemoList()
    {
        var corpus = await ScreeningCorpus.LoadActiveOrDemoAsync(_store.Open());

        Assert.Equal(CorpusOrigin.Demo, corpus.Origin);
        Assert.NotEmpty(corpus.Snapshots);
        Assert.True(corpus.Index.Count > 0);
        Assert.NotEmpty(corpus.Screen(new ScreeningQuery { Name = "Min Aung Hlaing" }));
    }
}
