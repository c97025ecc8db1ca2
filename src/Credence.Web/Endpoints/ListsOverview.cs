namespace Credence.Web.Endpoints;

/// <summary>The body of <c>GET /api/lists</c>.</summary>
/// <param name="Sources">Every configured source and every source with a snapshot, by id.</param>
/// <param name="UpdateInterval">Time between scheduled updates; null when the schedule is off.</param>
public sealed record ListsOverview(IReadOnlyList<ListSourceStatus> Sources, TimeSpan? UpdateInterval);
