using Credence.Store.Data;

namespace Credence.Web.Endpoints;

/// <summary>One decision on an alert, as stored (decisions are never changed; a new one is added instead).</summary>
public sealed record DecisionView(long Id, long AlertId, string Outcome, string Reason, string DecidedBy, DateTimeOffset DecidedAt)
{
    internal static DecisionView From(AlertDecision d) => new(d.Id, d.AlertId, d.Outcome.ToString(), d.Reason, d.DecidedBy, d.DecidedAt);
}
