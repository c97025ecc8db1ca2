using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>An authority's claim on the member with the organisation's recognition decisions on it, oldest first.</summary>
public sealed record DossierClaim(AuthorityClaim Claim, GovernmentAuthority Authority, IReadOnlyList<RecognitionDecision> Recognitions);
