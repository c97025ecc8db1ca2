using System.Runtime.CompilerServices;
using Credence.Store.Data;
using Credence.Store.Review;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Audit;

/// <summary>Reads the audit log, a page at a time for people or all of it for export; changes nothing.</summary>
public sealed class AuditQuery
{
    /// <summary>The largest page size accepted: 200.</summary>
    public const int MaxPageSize = 200;

    private readonly CredenceDbContext _db;

    public AuditQuery(CredenceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
    }

    /// <summary>One page of the entries <paramref name="filter"/> selects, newest first, with the total.</summary>
    /// <param name="filter">What to select.</param>
    /// <param name="page">1 = the newest entries.</param>
    /// <param name="pageSize">Entries per page, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="ArgumentOutOfRangeException">The page is below 1 or the page size out of range.</exception>
    public async Task<PagedResult<AuditEvent>> ListAsync(
        AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        var query = Select(filter);
        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query.OrderByDescending(a => a.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return new PagedResult<AuditEvent>(items, total, page, pageSize);
    }

    /// <summary>Every entry <paramref name="filter"/> selects, oldest first, streamed from the store row by row.</summary>
    public async IAsyncEnumerable<AuditEvent> StreamAsync(AuditFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = Select(filter).OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false);
        await foreach (var row in rows)
        {
            yield return row;
        }
    }

    private IQueryable<AuditEvent> Select(AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.Days.Apply(_db.AuditEvents, "AuditEvents", nameof(AuditEvent.At)).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.Actor == actor);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var prefix = LikePattern.Escape(filter.Action.Trim()) + "%";
            query = query.Where(a => EF.Functions.Like(a.Action, prefix, LikePattern.EscapeCharacter));
        }
        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            var target = filter.Target.Trim();
            query = query.Where(a => a.Target == target);
        }
        return query;
    }
}
