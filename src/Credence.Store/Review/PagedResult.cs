namespace Credence.Store.Review;

/// <summary>One page of a longer result, with the total so that a caller can page through it.</summary>
/// <param name="Items">The rows of this page.</param>
/// <param name="Total">Rows matching the filter, across all pages.</param>
/// <param name="Page">This page's number, 1 = first.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>Pages in all (at least 1, so that an empty result still has a page to show).</summary>
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
