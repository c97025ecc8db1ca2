using System.Data.Common;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Hosting;

/// <summary>
/// Every SQLite connection the server opens gets its settings: write-ahead log, synchronous=NORMAL unless FULL is asked
/// for, and the checkpoint mark of <c>Credence:SqliteWalAutocheckpointPages</c> (10,000 pages unless set).
/// </summary>
public sealed class SqlitePragmasTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public SqlitePragmasTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Connection_DefaultSettings_WalNormalAndTenThousandPages()
    {
        var (journal, synchronous, checkpoint) = await PragmasAsync(_factory);

        Assert.Equal(("wal", 1L, 10_000L), (journal, synchronous, checkpoint));
    }

    [Fact]
    public async Task Connection_SettingsGiven_AppliesThem()
    {
        using var factory = new CredenceWebFactory();
        factory.Settings["Credence:SqliteSynchronous"] = "FULL";
        factory.Settings["Credence:SqliteWalAutocheckpointPages"] = "2500";

        var (_, synchronous, checkpoint) = await PragmasAsync(factory);

        Assert.Equal((2L, 2_500L), (synchronous, checkpoint));
    }

    private static async Task<(string Journal, long Synchronous, long Checkpoint)> PragmasAsync(CredenceWebFactory factory)
    {
        var (scope, db) = factory.OpenStore();
        using (scope)
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            return ((string)(await PragmaAsync(connection, "journal_mode"))!, (long)(await PragmaAsync(connection, "synchronous"))!,
                (long)(await PragmaAsync(connection, "wal_autocheckpoint"))!);
        }
    }

    private static async Task<object?> PragmaAsync(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }
}
