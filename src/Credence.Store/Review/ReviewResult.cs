using Credence.Store.Data;

namespace Credence.Store.Review;

/// <summary>The result of <see cref="AlertReview.DecideAsync"/>: the decided alert and the new decision, or why there is none.</summary>
/// <param name="Outcome">Decided, not found or invalid.</param>
/// <param name="Alert">The alert as it stands after the decision; null unless decided.</param>
/// <param name="Decision">The decision row just appended; null unless decided.</param>
/// <param name="Field">The request field that was refused ("outcome" or "reason"); null unless invalid.</param>
/// <param name="Error">A readable reason for the refusal; null unless invalid or not found.</param>
public sealed record ReviewResult(ReviewOutcome Outcome, Alert? Alert, AlertDecision? Decision, string? Field, string? Error)
{
    internal static ReviewResult Decided(Alert alert, AlertDecision decision) => new(ReviewOutcome.Decided, alert, decision, null, null);

    internal static ReviewResult NotFound(long alertId) => new(ReviewOutcome.NotFound, null, null, null, $"There is no alert {alertId}.");

    internal static ReviewResult Invalid(string field, string error) => new(ReviewOutcome.Invalid, null, null, field, error);
}
