using Credence.Store.Data;
using Credence.Store.Tests.Postgres;
using Credence.Store.Tests.Support;
using Credence.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Tests.Data;

/// <summary>
/// Rows written by <see cref="RowInserter{T}"/> must be the rows SaveChanges writes, column for column, on both databases:
/// the same screening stored either way must read back the same (dates in the provider's format, enums as names, nulls).
/// </summary>
public sealed class RowInserterTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 15, 30, 123, TimeSpan.Zero);

    private readonly TestDatabase _sqlite = TestDatabase.InMemory();
    private readonly PostgresDatabase _postgres;

    public RowInserterTests(PostgresDatabase postgres)
    {
        _postgres = postgres;
    }

    public void Dispose() => _sqlite.Dispose();

    [Fact]
    public Task InsertAsync_OnSqlite_StoresTheColumnsSaveChangesStores() => AssertSameAsSaveChangesAsync(_sqlite.Open());

    [PostgresFact]
    [Trait("Database", "PostgreSQL")]
    public Task InsertAsync_OnPostgres_StoresTheColumnsSaveChangesStores() => AssertSameAsSaveChangesAsync(_postgres.Open());

    [Fact]
    public async Task InsertAsync_WithoutTransaction_Throws()
    {
        var db = _sqlite.Open();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RowInserter<ScreeningRecord>.For(db).InsertAsync(db, [Screening(batchRow: null)], CancellationToken.None));
    }

    [Fact]
    public async Task InsertAsync_ManyRows_SetsEachKeyInOrder()
    {
        var db = _sqlite.Open();
        var rows = Enumerable.Range(1, 5).Select(i => Screening(batchRow: i)).ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await RowInserter<ScreeningRecord>.For(db).InsertAsync(db, rows, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var stored = await db.Screenings.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.BatchRow);
        Assert.All(rows, r => Assert.Equal(r.BatchRow, stored[r.Id]));
        Assert.Equal(5, rows.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InsertAsync_AfterTheConnectionWasClosed_InsertsAgain(bool pooled)
    {
        using var file = TestDatabase.File();
        var db = file.Open(pooled);
        var rows = new List<ScreeningRecord>();

        // The prepared statement stays with the open connection; closing it (a writer starting afresh, a pooled context
        // returned) and clearing the pools, which closes the database handle it was prepared on, must not break the next insert.
        for (var round = 1; round <= 2; round++)
        {
            SqliteConnection.ClearAllPools();
            await db.Database.OpenConnectionAsync();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                var row = Screening(batchRow: round);
                await RowInserter<ScreeningRecord>.For(db).InsertAsync(db, [row], CancellationToken.None);
                await transaction.CommitAsync();
                rows.Add(row);
            }
            await db.Database.CloseConnectionAsync();
        }

        var stored = await db.Screenings.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.BatchRow }).ToListAsync();
        Assert.Equal(rows.Select(r => (r.Id, r.BatchRow)), stored.Select(s => (s.Id, s.BatchRow)));
    }

    private static async Task AssertSameAsSaveChangesAsync(CredenceDbContext db)
    {
        var (byEf, byInserter) = await StoreBothWaysAsync(db, () => Screening(batchRow: 3));
        await AssertSameColumnsAsync(db, "Screenings", byEf.Id, byInserter.Id);

        var (alertByEf, alertByInserter) = await StoreBothWaysAsync(db, () => NewAlert(byEf.Id, cause: "List change: name added."));
        await AssertSameColumnsAsync(db, "Alerts", alertByEf.Id, alertByInserter.Id);
        var (plainByEf, plainByInserter) = await StoreBothWaysAsync(db, () => NewAlert(byEf.Id, cause: null));
        await AssertSameColumnsAsync(db, "Alerts", plainByEf.Id, plainByInserter.Id);

        var (hitByEf, hitByInserter) = await StoreBothWaysAsync(db, () => Hit(byEf.Id, alertId: alertByEf.Id, suppressedBy: null, link: null));
        await AssertSameColumnsAsync(db, "ScreeningHits", hitByEf.Id, hitByInserter.Id);
        var (linkedByEf, linkedByInserter) = await StoreBothWaysAsync(db, () => Hit(byEf.Id, alertId: null, suppressedBy: plainByEf.Id, link: "owns (EU): 51%"));
        await AssertSameColumnsAsync(db, "ScreeningHits", linkedByEf.Id, linkedByInserter.Id);
    }

    private static async Task<(T ByEf, T ByInserter)> StoreBothWaysAsync<T>(CredenceDbContext db, Func<T> make)
        where T : class
    {
        var byEf = make();
        db.Add(byEf);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var byInserter = make();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await RowInserter<T>.For(db).InsertAsync(db, [byInserter], CancellationToken.None);
            await transaction.CommitAsync();
        }
        return (byEf, byInserter);
    }

    private static async Task AssertSameColumnsAsync(CredenceDbContext db, string table, long byEf, long byInserter)
    {
        Assert.NotEqual(byEf, byInserter);
        var a = await ReadRowAsync(db, table, byEf);
        var b = await ReadRowAsync(db, table, byInserter);
        a.Remove("Id");
        b.Remove("Id");
        Assert.Equal(a, b);
    }

    // The stored values as the database gives them back, without EF Core in between.
    private static async Task<Dictionary<string, object>> ReadRowAsync(CredenceDbContext db, string table, long id)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"Id\" = {id}";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.GetValue(i), StringComparer.Ordinal);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static ScreeningRecord Screening(int? batchRow) => new()
    {
        RunAt = At,
        RunBy = "key:bench",
        Origin = ScreeningOrigin.Api,
        QueryName = "Ivan Sidorov",
        QueryJson = """{"name":"Ivan Sidorov"}""",
        SubjectKey = "ivan sidorov",
        OptionsJson = """{"threshold":0.7,"limit":10}""",
        AlgorithmVersion = "credence-match/1",
        SnapshotsJson = """[{"source":"custom","sha256":"aa","entities":1,"snapshotId":4}]""",
        HitCount = 2,
        AlertCount = 1,
        BatchRow = batchRow,
    };

    private static Alert NewAlert(long screeningId, string? cause) => new()
    {
        CreatedAt = At,
        ScreeningId = screeningId,
        SubjectKey = "ivan sidorov",
        SubjectName = "Ivan Sidorov",
        EntityId = "custom:7",
        EntityName = "Ivan Petrovich Sidorov",
        Source = "custom",
        RecordHash = new string('a', 64),
        Score = 0.9123456789,
        Status = AlertStatus.Open,
        Cause = cause,
    };

    private static ScreeningHitRecord Hit(long screeningId, long? alertId, long? suppressedBy, string? link) => new()
    {
        ScreeningId = screeningId,
        Rank = 1,
        EntityId = "custom:7",
        EntityName = "Ivan Petrovich Sidorov",
        Source = "custom",
        RecordHash = new string('b', 64),
        Score = 0.87654321,
        ExplanationJson = """{"summary":"Иван Сидоров ~ Ivan Sidorov"}""",
        Programs = link is null ? "UKRAINE-EO13660" : null,
        Kind = link is null ? HitKinds.Direct : HitKinds.Linked,
        LinkPath = link,
        AlertId = alertId,
        SuppressedByAlertId = suppressedBy,
    };
}
