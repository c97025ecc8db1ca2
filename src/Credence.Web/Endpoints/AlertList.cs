namespace Credence.Web.Endpoints;

/// <summary>One page of the alert queue, newest first, with the number of alerts the filter selects in all.</summary>
public sealed record AlertList(IReadOnlyList<AlertSummary> Items, int Total, int Page, int PageSize);
