using System.Data.Common;
using System.Text.Json;
using Credence.Store.Data;

namespace Credence.Store.Screening;

/// <summary>
/// The look-up of earlier alerts on SQLite, for <see cref="ScreeningRecorder.StoreAsync"/>: one statement, prepared once
/// per open connection and kept with it, that takes the subject keys and entity ids as two JSON arrays (so its text never
/// changes with their number), and rows read by <see cref="RowReader{T}"/>. Through EF Core the same query cost several
/// times the database's own work, on every group the single writer stores.
/// </summary>
internal static class SqlitePriorAlerts
{
    /// <summary>
    /// Alerts whose subject key is one of <paramref name="keys"/> and entity one of <paramref name="entities"/>, read inside
    /// <paramref name="transaction"/> (the write transaction, on <paramref name="db"/>'s SQLite connection).
    /// </summary>
    public static async Task<List<Alert>> FindAsync(
        CredenceDbContext db, DbTransaction transaction, string[] keys, string[] entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var rows = RowReader<Alert>.For(db);
        var connection = transaction.Connection
            ?? throw new InvalidOperationException("The transaction has ended; earlier alerts are looked up inside an open one.");
        var command = OpenConnectionCommands.Get(connection, Sql(rows), AddParameters);
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

    private static string Sql(RowReader<Alert> rows) =>
        rows.Select
        + " WHERE " + rows.Column(nameof(Alert.SubjectKey)) + " IN (SELECT value FROM json_each(@keys))"
        + " AND " + rows.Column(nameof(Alert.EntityId)) + " IN (SELECT value FROM json_each(@entities))";

    private static void AddParameters(DbCommand command)
    {
        foreach (var name in (string[])["@keys", "@entities"])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
    }
}
