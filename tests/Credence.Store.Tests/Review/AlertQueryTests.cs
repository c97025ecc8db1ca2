using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Store.Review;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Review;

public sealed class AlertQueryTests : IDisposable
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 1, 23, 30, 0, TimeSpan.Zero);
    private readonly TestDatabase _store = TestDatabase.InMemory();

    public void Dispose() => _store.Dispose();

    public static TheoryData<AlertFilter, string[]> Filters => new()
    {
        { new AlertFilter(), ["d", "c", "b", "a"] },
        { new AlertFilter { Statuses = [AlertStatus.Open, AlertStatus.Escalated] }, ["c", "a"] },
        { new AlertFilter { Source = "un-sc" }, ["d", "b"] },
        { new AlertFilter { Subject = "IVAN" }, ["c", "a"] },
        { new AlertFilter { Subject = "%" }, ["d"] },
        { new AlertFilter { Subject = "n_S" }, [] },
        { new AlertFilter { EntityId = "un-sc:2" }, ["d"] },
        { new AlertFilter { Monitored = true }, ["b"] },
        { new AlertFilter { Monitored = false }, ["d", "c", "a"] },
        { new AlertFilter { Created = new DateWindow(new DateOnly(2026, 11, 2), null) }, ["d", "c", "b"] },
        { new AlertFilter { Created = new DateWindow(null, new DateOnly(2026, 11, 2)) }, ["b", "a"] },
        { new AlertFilter { Created = new DateWindow(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 2)) }, ["b"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task ListAsync_Filter_SelectsNewestFirst(AlertFilter filter, string[] expected)
    {
        await SeedAsync();

        var page = await new AlertQuery(_store.Open()).ListAsync(filter);

        Assert.Equal(expected, page.Items.Select(a => a.EntityName));
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task ListAsync_SecondPage_HasTheRestAndTheTotal()
    {
        await SeedAsync();

        var page = await new AlertQuery(_store.Open()).ListAsync(new AlertFilter { Page = 2, PageSize = 3 });

        Assert.Equal(["a"], page.Items.Select(a => a.EntityName));
        Assert.Equal((4, 2), (page.Total, page.PageCount));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(1, 0)]
    [InlineData(1, AlertFilter.MaxPageSize + 1)]
    public async Task ListAsync_PageOutOfRange_Throws(int page, int pageSize)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => new AlertQuery(_store.Open()).ListAsync(new AlertFilter { Page = page, PageSize = pageSize }));
    }

    [Fact]
    public async Task GetAsync_AlertFromStoredList_HasScreeningExplanationRecordAndDecisions()
    {
        var time = new FakeTimeProvider(Day1);
        var entity = TestLists.Entity("custom", "7", ReviewFixture.ListedName);
        await new ListImportWorkflow(_store.Open(), time).ImportAsync(new Credence.Lists.Common.LoadedList
        {
            Result = new Credence.Lists.Common.ListReadResult { Source = "custom", Format = Credence.Lists.Common.ListFormat.CustomCsv, Entities = [entity] },
            Sha256 = "c0ffee",
            Files = ["custom.csv"],
        });
        var corpus = await ScreeningCorpus.LoadActiveOrDemoAsync(_store.Open(), new MatchingOptions { Threshold = 0.5 });
        var alert = Assert.Single((await ReviewFixture.ScreenAsync(_store.Open(), time, corpus)).Hits).Alert!;
        await new AlertReview(_store.Open(), time).DecideAsync(alert.Id, AlertStatus.Escalated, "Unsure.", "rev1");

        var details = await new AlertQuery(_store.Open()).GetAsync(alert.Id);

        Assert.NotNull(details);
        Assert.Equal("Ivan Sidorov", details.Query.Name);
        Assert.Equal("c0ffee", Assert.Single(details.Snapshots).Sha256);
        Assert.Equal(AlgorithmInfo.Version, details.Screening.AlgorithmVersion);
        Assert.NotNull(details.Explanation);
        Assert.False(string.IsNullOrEmpty(details.Explanation.Summary));
        Assert.NotEmpty(details.Explanation.Tokens);
        Assert.Equal("custom:7", details.Entity?.Id);
        Assert.Equal(ReviewFixture.ListedName, details.Entity?.PrimaryName);
        Assert.Equal("Unsure.", Assert.Single(details.Decisions).Reason);
    }

    [Fact]
    public async Task GetAsync_UnknownAlert_ReturnsNull()
    {
        Assert.Null(await new AlertQuery(_store.Open()).GetAsync(12345));
    }

    // Four alerts over three days: a (open, day 1), b (false positive, monitored, day 2), c (escalated, day 3), d (true match, day 3).
    private async Task SeedAsync()
    {
        var db = _store.Open();
        var screening = new ScreeningRecord
        {
            RunAt = Day1,
            RunBy = "test",
            QueryName = "x",
            QueryJson = "{}",
            SubjectKey = "x",
            OptionsJson = "{}",
            AlgorithmVersion = "test",
            SnapshotsJson = "[]",
        };
        db.Screenings.Add(screening);
        db.MonitoredSubjects.Add(new MonitoredSubject { Name = "m", SubjectKey = "m", AddedAt = Day1, AddedBy = "test" });
        await db.SaveChangesAsync();
        Alert Make(string name, string subject, string source, string entity, AlertStatus status, int day, long? monitored = null) => new()
        {
            CreatedAt = Day1.AddDays(day - 1),
            ScreeningId = screening.Id,
            SubjectKey = subject.ToLowerInvariant(),
            SubjectName = subject,
            EntityId = entity,
            EntityName = name,
            Source = source,
            Score = 0.9,
            Status = status,
            MonitoredSubjectId = monitored,
        };
        var monitoredId = db.MonitoredSubjects.Local.Single().Id;
        db.Alerts.AddRange(
            Make("a", "Ivan Sidorov", "custom", "custom:7", AlertStatus.Open, 1),
            Make("b", "Olga Petrova", "un-sc", "un-sc:1", AlertStatus.FalsePositive, 2, monitoredId),
            Make("c", "ivan petrov", "custom", "custom:8", AlertStatus.Escalated, 3),
            Make("d", "Acme 50% Ltd", "un-sc", "un-sc:2", AlertStatus.TrueMatch, 3));
        await db.SaveChangesAsync();
    }
}
