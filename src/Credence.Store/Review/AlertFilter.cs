using Credence.Store.Data;

namespace Credence.Store.Review;

/// <summary>What <see cref="AlertQuery.ListAsync"/> selects; every criterion left empty selects everything.</summary>
public sealed record AlertFilter
{
    /// <summary>The largest page size accepted: 200.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The statuses to include; empty for all.</summary>
    public IReadOnlyList<AlertStatus> Statuses { get; init; } = [];

    /// <summary>The list source id, exactly (e.g. "ofac-sdn").</summary>
    public string? Source { get; init; }

    /// <summary>Text the subject's name contains, ignoring case (ASCII letters; SQLite's LIKE).</summary>
    public string? Subject { get; init; }

    /// <summary>The listed entity's id, exactly ("source:sourceId").</summary>
    public string? EntityId { get; init; }

    /// <summary>The days (UTC) the alerts were raised on.</summary>
    public DateWindow Created { get; init; } = DateWindow.All;

    /// <summary>True for monitoring alerts only, false for the others only, null for both.</summary>
    public bool? Monitored { get; init; }

    /// <summary>The page, 1 = first (newest alerts); default 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Alerts per page, 1 to <see cref="MaxPageSize"/>; default 50.</summary>
    public int PageSize { get; init; } = 50;
}
