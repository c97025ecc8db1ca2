using Credence.Store.Data;

namespace Credence.Store.Credentials;

/// <summary>An alert on a delegate with the reviewers' decisions on it, oldest first.</summary>
public sealed record DossierAlert(Alert Alert, IReadOnlyList<AlertDecision> Decisions);
