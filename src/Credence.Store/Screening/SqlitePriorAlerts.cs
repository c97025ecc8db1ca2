using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Credence.Store.Screening;

/// <summary>
/// The look-up of earlier alerts on SQLite, for <see cref="ScreeningRecorder.StoreAsync"/>: one statement, prepared once
/// per connection and kept with it, that takes the subject keys and entity ids as two JSON arrays (so its text never
/// changes with their number), and rows read by <see cref="RowReader{T}"/>. Through EF Core the same query cost several
/// times the database's own work, on every group the single writer stores.
/// </summary>
internal static class SqlitePriorAlerts
{
    private static readonly ConditionalWeakTable<DbConnection, DbCommand> Commands = new();

    /// <summary>Alerts whose subject key is one of <paramref name="keys"/> and entity one of <paramref name="entities"/>.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open on <paramref name="db"/>.</exception>
    public static async Task<List<Alert>> FindAsync(CredenceDbContext db, string[] keys, string[] entities, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Earlier alerts are looked up inside the write transaction; begin one first.");
        var rows = RowReader<Alert>.For(db);
        var command = Commands.GetValue(transaction.Connection!, connection => Create(connection, rows));
        command.Transaction = transaction;
        command.Parameters[0].Value = JsonSerializer.Serialize(keys);
        command.Parameters[1].Value = JsonSerializer.Serialize(entities);
        var found = new List<Alert>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) found.Add(rows.Read(reader));
        }
        return found;
    }

    private static DbCommand Create(DbConnection connection, RowReader<Alert> rows)
    {
        var command = connection.CreateCommand();
        command.CommandText = rows.Select
            + " WHERE " + rows.Column(nameof(Alert.SubjectKey)) + " IN (SELECT value FROM json_each(@keys))"
            + " AND " + rows.Column(nameof(Alert.EntityId)) + " IN (SELECT value FROM json_each(@entities))";
        foreach (var name in (string[])["@keys", "@entities"])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
