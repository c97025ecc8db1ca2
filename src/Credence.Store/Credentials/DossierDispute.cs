using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A representation dispute with the ids of its competing delegations.</summary>
public sealed record DossierDispute(RepresentationDispute Dispute, IReadOnlyList<long> DelegationIds);
