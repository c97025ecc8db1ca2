using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Credence.Store.Data;

/// <summary>
/// Inserts new rows of one entity type with parameterised <c>INSERT ... RETURNING</c> statements inside an open transaction
/// (the context's, or one begun on its connection), and sets each row's generated key. Table, columns, quoting and every parameter's conversion (enums as
/// strings, dates as the provider stores them) come from the EF Core model, so a row is stored as SaveChanges would store
/// it. What is skipped is the change tracker (snapshots, fix-up, ordering), which on the screening write path cost more
/// than the database. Where the provider has command batches (PostgreSQL) the rows go in one round trip per
/// <see cref="BatchSize"/> rows; otherwise (SQLite, in-process) one prepared statement, kept with the connection, runs once
/// per row.
/// </summary>
/// <typeparam name="T">An entity type of the model with a single generated key and no shadow properties.</typeparam>
internal sealed class RowInserter<T>
    where T : class
{
    /// <summary>Most rows sent in one command batch: 1,000.</summary>
    public const int BatchSize = 1000;

    private static readonly ConcurrentDictionary<IModel, RowInserter<T>> ByModel = new();

    private readonly string _sql;
    private readonly IProperty[] _columns;
    private readonly string[] _names;
    private readonly IProperty _key;

    private RowInserter(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        _key = entity.FindPrimaryKey()?.Properties is [var key] && key.ValueGenerated == ValueGenerated.OnAdd
            ? key
            : throw new InvalidOperationException($"{typeof(T).Name} needs a single generated key.");
        _columns = [.. entity.GetProperties().Where(p => !p.IsPrimaryKey())];
        if (_columns.FirstOrDefault(p => p.PropertyInfo is null) is { } shadow)
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property; it cannot be read from the row.");

        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _names = [.. _columns.Select((_, i) => sql.GenerateParameterName("p" + i.ToString(CultureInfo.InvariantCulture)))];
        _sql = "INSERT INTO " + sql.DelimitIdentifier(table.Name, table.Schema)
            + " (" + string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!))) + ")"
            + " VALUES (" + string.Join(", ", _names) + ")"
            + " RETURNING " + sql.DelimitIdentifier(_key.GetColumnName(table)!);
    }

    /// <summary>The inserter for <paramref name="db"/>'s model (built once per model: SQLite and PostgreSQL differ).</summary>
    public static RowInserter<T> For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ByModel.GetOrAdd(db.Model, static (_, context) => new RowInserter<T>(context), db);
    }

    /// <summary>Inserts <paramref name="rows"/> in order and sets their keys.</summary>
    /// <exception cref="InvalidOperationException">No transaction is open on <paramref name="db"/>.</exception>
    /// <exception cref="DbException">The database refused a row.</exception>
    public async Task InsertAsync(DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Rows are inserted inside a transaction; begin one first.");
        await InsertAsync(transaction, rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts <paramref name="rows"/> in order inside <paramref name="transaction"/> and sets their keys.</summary>
    /// <exception cref="DbException">The database refused a row.</exception>
    public async Task InsertAsync(DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) return;
        var connection = transaction.Connection
            ?? throw new InvalidOperationException("The transaction has ended; rows are inserted inside an open one.");
        if (connection.CanCreateBatch) await InsertBatchedAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
        else await InsertEachAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertBatchedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        // Parameters are made by the type mappings, which want a command to make them with; the batch commands take them.
        var maker = connection.CreateCommand();
        await using (maker.ConfigureAwait(false))
        {
            foreach (var chunk in rows.Chunk(BatchSize))
            {
                var batch = connection.CreateBatch();
                await using (batch.ConfigureAwait(false))
                {
                    batch.Transaction = transaction;
                    foreach (var row in chunk)
                    {
                        var command = batch.CreateBatchCommand();
                        command.CommandText = _sql;
                        for (var i = 0; i < _columns.Length; i++) command.Parameters.Add(Parameter(maker, i, row));
                        batch.BatchCommands.Add(command);
                    }
                    var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        foreach (var row in chunk)
                        {
                            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                                throw new InvalidOperationException($"The database returned no key for a new {typeof(T).Name}.");
                            SetKey(row, reader.GetValue(0));
                            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
        }
    }

    private async Task InsertEachAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        // One command for every row, kept with the open connection: the provider prepares the statement on first use and
        // binds new values each time. A command per call made SQLite parse and plan the INSERT again for every group the
        // writer stored.
        var command = OpenConnectionCommands.Get(connection, _sql);
        command.Transaction = transaction;
        try
        {
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                for (var i = 0; i < _columns.Length; i++) command.Parameters.Add(Parameter(command, i, row));
                var key = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"The database returned no key for a new {typeof(T).Name}.");
                SetKey(row, key);
            }
        }
        finally
        {
            // The values of the last row are not kept alive with the connection.
            command.Parameters.Clear();
        }
    }

    private DbParameter Parameter(DbCommand maker, int index, T row)
    {
        var column = _columns[index];
        return column.GetRelationalTypeMapping().CreateParameter(maker, _names[index], column.PropertyInfo!.GetValue(row), column.IsNullable);
    }

    private void SetKey(T row, object value) =>
        _key.PropertyInfo!.SetValue(row, Convert.ChangeType(value, _key.ClrType, CultureInfo.InvariantCulture));
}
