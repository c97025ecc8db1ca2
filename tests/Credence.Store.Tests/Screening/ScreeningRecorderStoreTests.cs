using System.Text.Json;
using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Store.Tests.Review;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Store.Tests.Screening;

/// <summary>What <see cref="ScreeningRecorder.StoreAsync"/> writes: every row complete, linked by the keys the database gave.</summary>
public sealed class ScreeningRecorderStoreTests : IDisposable
{
    private readonly TestDatabase _store = TestDatabase.InMemory();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task StoreAsync_SubjectsWithAndWithoutHits_StoresScreeningsHitsAndAlertsAsScreened()
    {
        var corpus = ReviewFixture.Corpus();
        var recorder = new ScreeningRecorder(_store.Open(), _time);
        var screened = new[] { "Ivan Sidorov", "Maria Gonzalez" }.Select(n => recorder.Screen(corpus, Request(n))).ToList();

        var recorded = await recorder.StoreAsync(corpus, screened);

        var db = _store.Open();
        var hitting = await db.Screenings.AsNoTracking().SingleAsync(s => s.Id == recorded[0].Record.Id);
        Assert.Equal(("Ivan Sidorov", "key:test", ScreeningOrigin.Api, _time.GetUtcNow()), (hitting.QueryName, hitting.RunBy, hitting.Origin, hitting.RunAt));
        Assert.Equal((1, 1), (hitting.HitCount, hitting.AlertCount));
        Assert.Equal((AlgorithmInfo.Version, corpus.SnapshotsJson), (hitting.AlgorithmVersion, hitting.SnapshotsJson));
        Assert.Equal(screened[0].QueryJson, hitting.QueryJson);
        using (var options = JsonDocument.Parse(hitting.OptionsJson))
        {
            Assert.Equal(0.5, options.RootElement.GetProperty("threshold").GetDouble());
            Assert.Equal(10, options.RootElement.GetProperty("limit").GetInt32());
        }

        var hit = await db.ScreeningHits.AsNoTracking().SingleAsync(h => h.ScreeningId == hitting.Id);
        var alert = await db.Alerts.AsNoTracking().SingleAsync();
        Assert.Equal((recorded[0].Hits[0].Row.Id, 1, "custom:7", alert.Id, (long?)null), (hit.Id, hit.Rank, hit.EntityId, hit.AlertId, hit.SuppressedByAlertId));
        Assert.Equal(JsonSerializer.Serialize(screened[0].Hits[0].Explanation, ScreeningRecorder.JsonOptions), hit.ExplanationJson);
        Assert.Equal((hitting.Id, screened[0].SubjectKey, AlertStatus.Open, screened[0].RecordHashes[0]), (alert.ScreeningId, alert.SubjectKey, alert.Status, alert.RecordHash));

        var quiet = await db.Screenings.AsNoTracking().SingleAsync(s => s.Id == recorded[1].Record.Id);
        Assert.Equal((0, 0), (quiet.HitCount, quiet.AlertCount));
        Assert.Empty(recorded[1].Hits);
    }

    [Fact]
    public async Task StoreAsync_SameSubjectTwiceInOneCall_SecondJoinsTheAlertTheFirstRaised()
    {
        var corpus = ReviewFixture.Corpus();
        var recorder = new ScreeningRecorder(_store.Open(), _time);
        var screened = new[] { "Ivan Sidorov", "SIDOROV, Ivan" }.Select(n => recorder.Screen(corpus, Request(n))).ToList();

        var recorded = await recorder.StoreAsync(corpus, screened);

        var db = _store.Open();
        var alert = await db.Alerts.AsNoTracking().SingleAsync();
        Assert.Equal(recorded[0].Record.Id, alert.ScreeningId);
        Assert.Equal((HitDisposition.NewAlert, HitDisposition.ExistingAlert), (recorded[0].Hits[0].Disposition, recorded[1].Hits[0].Disposition));
        var hits = await db.ScreeningHits.AsNoTracking().OrderBy(h => h.Id).ToListAsync();
        Assert.Equal([alert.Id, alert.Id], hits.Select(h => h.AlertId));
        Assert.Equal([recorded[0].Record.Id, recorded[1].Record.Id], hits.Select(h => h.ScreeningId));
        var counts = await db.Screenings.AsNoTracking().OrderBy(s => s.Id).Select(s => s.AlertCount).ToListAsync();
        Assert.Equal([1, 0], counts);
    }

    private static ScreeningRequest Request(string name) =>
        new() { Query = new ScreeningQuery { Name = name }, Actor = "key:test", Origin = ScreeningOrigin.Api };
}
