using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A credentials decision with the evidence linked to it.</summary>
public sealed record DossierDecision(CredentialsDecision Decision, IReadOnlyList<DecisionEvidence> Evidence);
