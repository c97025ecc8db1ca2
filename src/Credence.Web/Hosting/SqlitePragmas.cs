using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Credence.Web.Hosting;

/// <summary>
/// Sets <c>synchronous=NORMAL</c> on every SQLite connection the server opens. In write-ahead-log mode that is the setting
/// SQLite recommends: a commit no longer waits for the disk to flush (checkpoints still do), so a screening's commit costs
/// microseconds instead of a disk flush, and the database stays consistent after a crash or power loss; what such a loss
/// can undo is the last transactions before it, not the file. Also <c>wal_autocheckpoint</c> (see
/// <see cref="CredenceServerOptions.SqliteWalAutocheckpointPages"/>): whichever connection commits past the mark runs the
/// checkpoint, so every connection gets the same one. Settings per connection, so they are applied on each open.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private readonly string _pragma;

    /// <param name="synchronous">"NORMAL" (the default setting) or "FULL" (a disk flush per commit).</param>
    /// <param name="walAutocheckpointPages">Pages in the write-ahead log that start a checkpoint; default 10,000.</param>
    public SqlitePragmas(string synchronous, int walAutocheckpointPages = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(walAutocheckpointPages, 1);
        var mode = string.Equals(synchronous, "FULL", StringComparison.OrdinalIgnoreCase) ? "FULL" : "NORMAL";
        _pragma = string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous={mode}; PRAGMA wal_autocheckpoint={walAutocheckpointPages};");
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = _pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = _pragma;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
