using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Credence.Store.Data;

/// <summary>
/// Reads whole rows of one entity type from a plain <see cref="DbDataReader"/>, the counterpart of
/// <see cref="RowInserter{T}"/>: table, columns and each value's conversion (enums from their names, dates from the
/// provider's format) come from the EF Core model, so an object read here equals the one an EF Core query materialises.
/// For a hot query that EF Core would run through its whole pipeline each time; the rows are not tracked.
/// </summary>
/// <typeparam name="T">An entity type of the model whose properties are all mapped to columns of its table.</typeparam>
internal sealed class RowReader<T>
    where T : class
{
    private static readonly ConcurrentDictionary<IModel, RowReader<T>> ByModel = new();

    private readonly IProperty[] _columns;
    private readonly ValueConverter?[] _converters;
    private readonly Type[] _providerTypes;
    private readonly ISqlGenerationHelper _sql;
    private readonly StoreObjectIdentifier _table;

    private RowReader(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        _columns = [.. entity.GetProperties()];
        if (_columns.FirstOrDefault(p => p.PropertyInfo is null) is { } shadow)
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property; it cannot be set on the object.");
        _converters = [.. _columns.Select(c => c.GetTypeMapping().Converter)];
        _providerTypes = [.. _columns.Select((c, i) => Nullable.GetUnderlyingType(_converters[i]?.ProviderClrType ?? c.ClrType) ?? _converters[i]?.ProviderClrType ?? c.ClrType)];
        _sql = db.GetService<ISqlGenerationHelper>();
        _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Select = "SELECT " + string.Join(", ", _columns.Select(c => _sql.DelimitIdentifier(c.GetColumnName(_table)!)))
            + " FROM " + _sql.DelimitIdentifier(_table.Name, _table.Schema);
    }

    /// <summary><c>SELECT</c> every column <c>FROM</c> the table, in the order <see cref="Read"/> expects; add a <c>WHERE</c>.</summary>
    public string Select { get; }

    /// <summary>The reader for <paramref name="db"/>'s model (built once per model).</summary>
    public static RowReader<T> For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return ByModel.GetOrAdd(db.Model, static (_, context) => new RowReader<T>(context), db);
    }

    /// <summary>The delimited column name of property <paramref name="property"/>, for a <c>WHERE</c> clause.</summary>
    /// <exception cref="InvalidOperationException">There is no such property.</exception>
    public string Column(string property) =>
        _sql.DelimitIdentifier(_columns.FirstOrDefault(c => string.Equals(c.Name, property, StringComparison.Ordinal))?.GetColumnName(_table)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {property}."));

    /// <summary>The row under <paramref name="reader"/>, read from a statement that starts with <see cref="Select"/>.</summary>
    public T Read(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        // Required members are all set below, from the row; the constructor's defaults are overwritten.
        var row = (T)Activator.CreateInstance(typeof(T))!;
        for (var i = 0; i < _columns.Length; i++)
        {
            object? value = reader.IsDBNull(i) ? null : ReadValue(reader, i, _providerTypes[i]);
            if (value is not null && _converters[i] is { } converter) value = converter.ConvertFromProvider(value);
            _columns[i].PropertyInfo!.SetValue(row, value);
        }
        return row;
    }

    private static object ReadValue(DbDataReader reader, int ordinal, Type type) => type switch
    {
        _ when type == typeof(string) => reader.GetString(ordinal),
        _ when type == typeof(long) => reader.GetInt64(ordinal),
        _ when type == typeof(int) => reader.GetInt32(ordinal),
        _ when type == typeof(double) => reader.GetDouble(ordinal),
        _ when type == typeof(bool) => reader.GetBoolean(ordinal),
        _ when type == typeof(DateTimeOffset) => reader.GetFieldValue<DateTimeOffset>(ordinal),
        _ when type == typeof(DateTime) => reader.GetDateTime(ordinal),
        _ when type == typeof(decimal) => reader.GetDecimal(ordinal),
        _ when type == typeof(Guid) => reader.GetGuid(ordinal),
        _ => throw new NotSupportedException($"{typeof(T).Name}: reading a {type.Name} column is not supported."),
    };
}
