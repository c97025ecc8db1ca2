using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A delegation in a dossier: its authority, its current letter and persons, and its version history.</summary>
public sealed record DossierDelegation(
    Delegation Delegation, GovernmentAuthority Authority, CredentialLetter? Letter, IReadOnlyList<DossierPerson> Persons,
    IReadOnlyList<DelegationVersion> Versions);
