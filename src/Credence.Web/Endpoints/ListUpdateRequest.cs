namespace Credence.Web.Endpoints;

/// <summary>The body of <c>POST /api/lists/update</c>: the source ids to update; null or empty for every configured source.</summary>
public sealed record ListUpdateRequest(IReadOnlyList<string>? Sources);
