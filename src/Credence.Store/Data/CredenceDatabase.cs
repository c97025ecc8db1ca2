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
    /// True when <paramref name="database"/> names a PostgreSQL server (an Npgsql connection string such as
    /// "Host=db;Database=credence;Username=credence;Password=..." or a postgres:// / postgresql:// URL) rather than a SQLite file.
    /// </summary>
    public static bool IsPostgres(string? database) =>
        database is not null
        && (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || database.Contains("Host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>Turns a postgres:// URL into an Npgsql connection string; a connection string is returned as it is.</summary>
    /// <exception cref="FormatException">The URL is malformed.</exception>
    public static string PostgresConnectionString(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!database.Contains("://", StringComparison.Ordinal)) return database;
        if (!Uri.TryCreate(database, UriKind.Absolute, out var url)) throw new FormatException($"'{database}' is not a valid postgres:// URL.");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        var userInfo = url.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length > 1) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        return builder.ConnectionString;
    }

    /// <summary>PostgreSQL options for <paramref name="connectionString"/> (an Npgsql connection string or a postgres:// URL).</summary>
    public static DbContextOptions<CredencePostgresDbContext> PostgresOptions(string connectionString) =>
        new DbContextOptionsBuilder<CredencePostgresDbContext>().UseNpgsql(PostgresConnectionString(connectionString)).Options;

    /// <summary>
    /// Opens the store <paramref name="database"/> names: a PostgreSQL server when <see cref="IsPostgres"/> says so, else a
    /// SQLite file (default <see cref="DefaultPath"/>). Applies pending migrations.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">The database cannot be reached or opened.</exception>
    public static async Task<CredenceDbContext> OpenAsync(string? database, CancellationToken cancellationToken = default)
    {
        if (!IsPostgres(database)) return await OpenSqliteAsync(database, cancellationToken).ConfigureAwait(false);
        var db = new CredencePostgresDbContext(PostgresOptions(database!));
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
