using System.Net;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Store.Tests.Support;
using Credence.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Lists;

public sealed class ListUpdateWorkflowTests : IDisposable
{
    private static readonly ListUpdateSource Sdn = new("ofac-sdn", [new Uri("http://lists.test/exports/sdn.csv")]);
    private readonly TestDatabase _store = TestDatabase.File();
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "credence-test-" + Guid.NewGuid().ToString("N"));

    public ListUpdateWorkflowTests() => Directory.CreateDirectory(_temp);

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_temp, recursive: true);
    }

    [Fact]
    public async Task UpdateAsync_ServerError_LeavesActiveSnapshotAndRecordsWhy()
    {
        var previous = await SeedAsync();
        using var handler = StubHttpHandler.Serving("boom", HttpStatusCode.InternalServerError);

        var outcome = await Workflow(handler).UpdateAsync(Sdn);

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Import);
        Assert.Contains("500", outcome.FailureReason, StringComparison.Ordinal);
        Assert.Contains("http://lists.test/exports/sdn.csv", outcome.FailureReason, StringComparison.Ordinal);
        await AssertStillActiveAsync(previous, outcome.FailureReason!);
    }

    [Fact]
    public async Task UpdateAsync_ServerNeverAnswers_TimesOutAndLeavesActiveSnapshot()
    {
        var previous = await SeedAsync();
        using var handler = new StubHttpHandler(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });

        var outcome = await Workflow(handler, TimeSpan.FromMilliseconds(200)).UpdateAsync(Sdn);

        Assert.False(outcome.Succeeded);
        Assert.Contains("0.2 s", outcome.FailureReason, StringComparison.Ordinal);
        await AssertStillActiveAsync(previous, outcome.FailureReason!);
    }

    [Fact]
    public async Task UpdateAsync_EmptyAnswer_FailsWithoutImporting()
    {
        var previous = await SeedAsync();
        using var handler = StubHttpHandler.Serving("");

        var outcome = await Workflow(handler).UpdateAsync(Sdn);

        Assert.False(outcome.Succeeded);
        Assert.Contains("empty", outcome.FailureReason, StringComparison.Ordinal);
        await AssertStillActiveAsync(previous, outcome.FailureReason!);
    }

    [Fact]
    public async Task UpdateAsync_BrokenFile_LeavesActiveSnapshotAndRecordsWhy()
    {
        var previous = await SeedAsync();
        using var handler = StubHttpHandler.Serving("<?xml version=\"1.0\"?><sdnList><sdnEntry><uid>1</ui");

        var outcome = await Workflow(handler).UpdateAsync(new ListUpdateSource("ofac-sdn", [new Uri("http://lists.test/SDN.XML")]));

        Assert.False(outcome.Succeeded);
        Assert.NotNull(outcome.Import);
        Assert.False(string.IsNullOrWhiteSpace(outcome.FailureReason));
        await AssertStillActiveAsync(previous, outcome.FailureReason!);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [SharedDataFact]
    public async Task UpdateAsync_RealList_ImportsItAsTheNewActiveSnapshot()
    {
        var previous = await SeedAsync();
        var bytes = await File.ReadAllBytesAsync(SharedData.Path("data", "ofac", "consolidated_non_sdn_xml_2025-03-28", "consolidated.xml"));
        using var handler = new StubHttpHandler((_, _, _) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }));

        var outcome = await Workflow(handler).UpdateAsync(
            new ListUpdateSource("ofac-cons", [new Uri("http://lists.test/CONSOLIDATED.XML")]));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.Equal(bytes.Length, outcome.DownloadedBytes);
        var imported = Assert.Single(outcome.Import!.Lists);
        Assert.Equal(443, imported.Snapshot.EntityCount);
        var active = await new ListStatusQuery(_store.Open()).ActiveAsync();
        Assert.Equal(2, active.Count);
        Assert.Contains(active, a => a.Id == previous);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    private ListUpdateWorkflow Workflow(HttpMessageHandler handler, TimeSpan? timeout = null) =>
        new(new HttpClient(handler, disposeHandler: false), new ListImportWorkflow(_store.Open(), new FakeTimeProvider()))
        {
            TempFolder = _temp,
            DownloadTimeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    private async Task<long> SeedAsync()
    {
        var outcome = await new ListImportWorkflow(_store.Open(), new FakeTimeProvider()).ImportAsync(TestLists.Loaded("ofac-sdn", 2, "old"));
        return outcome.Snapshot.Id;
    }

    private async Task AssertStillActiveAsync(long previousId, string reason)
    {
        var db = _store.Open();
        var active = await db.Snapshots.SingleAsync(s => s.Source == "ofac-sdn" && s.Status == SnapshotStatus.Active);
        Assert.Equal(previousId, active.Id);
        var failed = await db.Snapshots.SingleAsync(s => s.Status == SnapshotStatus.Failed);
        Assert.Equal("ofac-sdn", failed.Source);
        Assert.Contains(reason.Split(';')[0], failed.FailureReason, StringComparison.Ordinal);
    }
}
