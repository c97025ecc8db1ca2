using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A delegation as stored after a submission or an amendment.</summary>
/// <param name="Delegation">The delegation row (its version, late and locked flags).</param>
/// <param name="Persons">The persons of the current version.</param>
/// <param name="Letter">The current credential letter, if any.</param>
/// <param name="Dispute">The representation dispute this submission opened or joined, if any.</param>
public sealed record SubmittedDelegation(
    Delegation Delegation, IReadOnlyList<DelegationPerson> Persons, CredentialLetter? Letter, RepresentationDispute? Dispute);
