using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Review;

/// <summary>
/// A range of whole UTC days, both ends inclusive and either open, for filtering stored times. SQLite keeps a
/// <see cref="DateTimeOffset"/> as text, and EF Core refuses to compare such values in SQL; every stored time is UTC, so
/// the text compares in time order, and the filter is written as SQL on the column with typed parameters.
/// </summary>
/// <param name="From">The first day included; null for no lower bound.</param>
/// <param name="To">The last day included; null for no upper bound.</param>
public sealed record DateWindow(DateOnly? From, DateOnly? To)
{
    /// <summary>No bound at all.</summary>
    public static DateWindow All { get; } = new(null, null);

    /// <summary>True when neither end is set.</summary>
    public bool IsOpen => From is null && To is null;

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="column"/> falls in the window.</summary>
    internal IQueryable<T> Apply<T>(DbSet<T> set, string table, string column)
        where T : class
    {
        if (IsOpen) return set;
        var conditions = new List<string>();
        var parameters = new List<object>();
        if (From is { } from)
        {
            conditions.Add($"\"{column}\" >= {{{parameters.Count}}}");
            parameters.Add(new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        }
        if (To is { } to)
        {
            conditions.Add($"\"{column}\" < {{{parameters.Count}}}");
            parameters.Add(new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        }
#pragma warning disable EF1002 // Only the fixed table and column names of the callers are interpolated; the values are parameters.
        return set.FromSqlRaw($"SELECT * FROM \"{table}\" WHERE {string.Join(" AND ", conditions)}", [.. parameters]);
#pragma warning restore EF1002
    }
}
