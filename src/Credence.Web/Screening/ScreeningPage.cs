namespace Credence.Web.Screening;

/// <summary>A page of recent screenings, newest first.</summary>
/// <param name="Items">The screenings on this page.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Screenings per page.</param>
/// <param name="Total">Screenings matching the filters, on all pages.</param>
public sealed record ScreeningPage(IReadOnlyList<ScreeningSummary> Items, int Page, int PageSize, int Total);
