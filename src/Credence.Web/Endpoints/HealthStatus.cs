namespace Credence.Web.Endpoints;

/// <summary>The body of <c>/health</c>: "ok", or what is wrong.</summary>
public sealed record HealthStatus(string Status);
