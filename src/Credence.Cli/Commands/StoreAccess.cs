using Credence.Store.Data;
using Microsoft.Data.Sqlite;

namespace Credence.Cli.Commands;

/// <summary>
/// Opens the store a command names with --db (a SQLite file, or a PostgreSQL connection string or postgres:// URL), or the
/// default file; a file that is not a store, or a server that cannot be reached, is bad input.
/// </summary>
internal static class StoreAccess
{
    public static async Task<CredenceDbContext> OpenAsync(CliContext context, string? path, CancellationToken cancellationToken)
    {
        if (CredenceDatabase.IsPostgres(path))
        {
            try
            {
                return await CredenceDatabase.OpenAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or FormatException or ArgumentException)
            {
                throw new CliUsageException($"cannot open the PostgreSQL store: {ex.Message}", ex);
            }
        }
        var file = Path.GetFullPath(path ?? context.DefaultDatabasePath);
        try
        {
            return await CredenceDatabase.OpenSqliteAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new CliUsageException($"cannot open the store {file}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot create the store {file}: {ex.Message}", ex);
        }
    }
}
