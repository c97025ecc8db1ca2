namespace Credence.Web.Endpoints;

/// <summary>
/// A reviewer's decision: <paramref name="Outcome"/> is "TrueMatch", "FalsePositive" or "Escalated" (also accepted:
/// "true-match", "false-positive", "escalate"); <paramref name="Reason"/> is required, at most 4,000 characters.
/// </summary>
public sealed record DecisionRequest(string? Outcome, string? Reason);
