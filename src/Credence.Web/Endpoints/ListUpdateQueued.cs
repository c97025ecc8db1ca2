namespace Credence.Web.Endpoints;

/// <summary>The answer to <c>POST /api/lists/update</c>: the sources queued; follow them on <c>GET /api/lists</c>.</summary>
public sealed record ListUpdateQueued(IReadOnlyList<string> Sources);
