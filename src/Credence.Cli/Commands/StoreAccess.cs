using Credence.Store.Data;
using Microsoft.Data.Sqlite;

namespace Credence.Cli.Commands;

/// <summary>Opens the store a command names with --db, or the default one; a file that is not a store is bad input.</summary>
internal static class StoreAccess
{
    public static async Task<CredenceDbContext> OpenAsync(CliContext context, string? path, CancellationToken cancellationToken)
    {
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
