using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Credence.Store.Data;

/// <summary>
/// Commands kept with a connection while it stays open, one per statement text, so that SQLite parses and plans each
/// statement once rather than once per use (the single-screening writer keeps its connection open from group to group).
/// When the connection closes they are disposed and forgotten: a pooled connection may reopen on another database handle,
/// and a statement prepared on the old one must never run again (SQLite answers "API misuse").
/// </summary>
internal static class OpenConnectionCommands
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Kept = new();

    /// <summary>
    /// The command for <paramref name="sql"/> on <paramref name="connection"/>, made (and given its parameters by
    /// <paramref name="setUp"/>) on first use after the connection opened. Use it from the connection's one thread only.
    /// </summary>
    /// <exception cref="InvalidOperationException">The connection is not open.</exception>
    public static DbCommand Get(DbConnection connection, string sql, Action<DbCommand>? setUp = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != ConnectionState.Open) throw new InvalidOperationException("Commands are kept only with an open connection.");
        if (!Kept.TryGetValue(connection, out var commands))
        {
            commands = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
            Kept.Add(connection, commands);
            connection.StateChange += Forget;
        }
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            setUp?.Invoke(command);
            commands.Add(sql, command);
        }
        return command;
    }

    private static void Forget(object? sender, StateChangeEventArgs change)
    {
        if (change.CurrentState == ConnectionState.Open || sender is not DbConnection connection) return;
        connection.StateChange -= Forget;
        if (!Kept.TryGetValue(connection, out var commands)) return;
        Kept.Remove(connection);
        foreach (var command in commands.Values) command.Dispose();
    }
}
