using Credence.Store.Data;
using Credence.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Tests.Data;

public sealed class CredenceDatabaseTests
{
    [Fact]
    public async Task OpenSqliteAsync_MissingFolderAndFile_CreatesThemAndAppliesMigrations()
    {
        var folder = Path.Combine(Path.GetTempPath(), "credence-test-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "credence.db");
        try
        {
            await using (var db = await CredenceDatabase.OpenSqliteAsync(path))
            {
                Assert.True(File.Exists(path));
                Assert.Contains(db.Database.GetAppliedMigrations(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
                Assert.Empty(db.Database.GetPendingMigrations());
                Assert.Equal(0, await db.Snapshots.CountAsync());
            }

            // Opening again is a no-op for the schema and keeps the data.
            await using (var db = await CredenceDatabase.OpenSqliteAsync(path))
            {
                db.Snapshots.Add(new ListSnapshot { Source = "x", Status = SnapshotStatus.Failed });
                await db.SaveChangesAsync();
            }
            await using (var db = await CredenceDatabase.OpenSqliteAsync(path))
            {
                Assert.Equal(1, await db.Snapshots.CountAsync());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Migrations_MatchTheModel_NoPendingChanges()
    {
        using var store = TestDatabase.InMemory();
        var db = store.Open();

        // Fails when the model changed without `dotnet ef migrations add`.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task OpenSqliteAsync_FileThatIsNotSqlite_Throws()
    {
        var path = Path.Combine(Path.GetTempPath(), "credence-test-" + Guid.NewGuid().ToString("N") + ".db");
        await File.WriteAllTextAsync(path, "this is not a database, just some text that is long enough to fill a header page....");
        try
        {
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => CredenceDatabase.OpenSqliteAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DefaultPath_IsInTheUsersDataFolder()
    {
        var path = CredenceDatabase.DefaultPath();

        Assert.Equal("credence.db", Path.GetFileName(path));
        Assert.Equal("credence", Path.GetFileName(Path.GetDirectoryName(path)));
        Assert.StartsWith(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), path, StringComparison.Ordinal);
    }
}
