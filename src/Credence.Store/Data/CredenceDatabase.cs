using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Data;

/// <summary>Opens the embedded SQLite store, creating the file and applying migrations as needed.</summary>
public static class CredenceDatabase
{
    /// <summary>
    /// The default database file: <c>credence/credence.db</c> in the user's local application data folder
    /// (<see cref="Environment.SpecialFolder.LocalApplicationData"/>, e.g. ~/.local/share on Linux).
    /// </summary>
    public static string DefaultPath() =>
        Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "credence",
            "credence.db");

    /// <summary>SQLite options for the file at <paramref name="path"/>.</summary>
    public static DbContextOptions<CredenceDbContext> SqliteOptions(string path)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        return new DbContextOptionsBuilder<CredenceDbContext>().UseSqlite(connection).Options;
    }

    /// <summary>
    /// Opens the SQLite store at <paramref name="path"/> (default <see cref="DefaultPath"/>), creating its folder and file when
    /// missing, and applies pending migrations.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be created.</exception>
    /// <exception cref="SqliteException">The file is not a SQLite database or cannot be opened.</exception>
    public static async Task<CredenceDbContext> OpenSqliteAsync(string? path = null, CancellationToken cancellationToken = default)
    {
        path = Path.GetFullPath(path ?? DefaultPath());
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        var db = new CredenceDbContext(SqliteOptions(path));
        try
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return db;
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
