using System.Text.Json;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Credence.Store.Tests.Screening;

/// <summary>
/// The SQLite look-up of earlier alerts reads its rows without EF Core; what it gives must be what an EF Core query gives,
/// every property (decided and open alerts, nulls, dates, statuses), and only the alerts on the keys and entities asked.
/// </summary>
public sealed class SqlitePriorAlertsTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 15, 30, 123, new TimeSpan(1, 0, 0));

    private readonly TestDatabase _store = TestDatabase.File();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task FindAsync_StoredAlerts_ReadsWhatEfCoreReads()
    {
        var db = _store.Open();
        var screening = await SeedAsync(db);
        db.AddRange(
            NewAlert(screening, "ivan sidorov", "custom:7", AlertStatus.Open, cause: "List change: name added.", decidedAt: null),
            NewAlert(screening, "ivan sidorov", "custom:7", AlertStatus.FalsePositive, cause: null, decidedAt: At.AddHours(2)),
            NewAlert(screening, "ivan sidorov", "custom:8", AlertStatus.TrueMatch, cause: null, decidedAt: At.AddDays(1)),
            NewAlert(screening, "maria gonzalez", "custom:7", AlertStatus.Escalated, cause: null, decidedAt: null),
            NewAlert(screening, "ivan sidorov", "custom:9", AlertStatus.Open, cause: null, decidedAt: null));
        await db.SaveChangesAsync();
        string[] keys = ["ivan sidorov", "maria gonzalez"];
        string[] entities = ["custom:7", "custom:8"];

        List<Alert> found;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            found = await SqlitePriorAlerts.FindAsync(db, transaction.GetDbTransaction(), keys, entities, CancellationToken.None);
        }

        var expected = await db.Alerts.AsNoTracking().Where(a => keys.Contains(a.SubjectKey) && entities.Contains(a.EntityId)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(4, expected.Count);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(found.OrderBy(a => a.Id)));
    }

    [Fact]
    public async Task FindAsync_AfterTheConnectionWasClosed_LooksUpAgain()
    {
        var db = _store.Open();
        var screening = await SeedAsync(db);
        db.Add(NewAlert(screening, "ivan sidorov", "custom:7", AlertStatus.Open, cause: null, decidedAt: null));
        await db.SaveChangesAsync();

        // The writer keeps its connection open between groups, and the statement with it; after a failure it starts afresh.
        var counts = new List<int>();
        for (var round = 0; round < 2; round++)
        {
            await db.Database.OpenConnectionAsync();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                counts.Add((await SqlitePriorAlerts.FindAsync(db, transaction.GetDbTransaction(), ["ivan sidorov"], ["custom:7"], CancellationToken.None)).Count);
            }
            await db.Database.CloseConnectionAsync();
        }

        Assert.Equal([1, 1], counts);
    }

    private static async Task<long> SeedAsync(CredenceDbContext db)
    {
        var screening = new ScreeningRecord
        {
            RunAt = At,
            RunBy = "key:test",
            QueryName = "Ivan Sidorov",
            QueryJson = """{"name":"Ivan Sidorov"}""",
            SubjectKey = "ivan sidorov",
            OptionsJson = "{}",
            AlgorithmVersion = "credence-match/1",
            SnapshotsJson = "[]",
        };
        db.Add(screening);
        await db.SaveChangesAsync();
        return screening.Id;
    }

    private static Alert NewAlert(long screening, string key, string entity, AlertStatus status, string? cause, DateTimeOffset? decidedAt) => new()
    {
        CreatedAt = At,
        ScreeningId = screening,
        SubjectKey = key,
        SubjectName = "Ivan Sidorov",
        EntityId = entity,
        EntityName = "Ivan Petrovich Sidorov",
        Source = "custom",
        RecordHash = status == AlertStatus.Escalated ? null : new string('a', 64),
        Score = 0.9123456789,
        Status = status,
        Cause = cause,
        DecidedAt = decidedAt,
        DecidedBy = decidedAt is null ? null : "reviewer",
    };
}
