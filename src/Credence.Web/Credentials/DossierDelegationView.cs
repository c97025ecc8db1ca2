using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;

namespace Credence.Web.Credentials;

/// <summary>A delegation in the dossier: authority, letter (without its bytes), current persons with screenings and alerts, versions.</summary>
public sealed record DossierDelegationView(
    Delegation Delegation, GovernmentAuthority Authority, LetterView? Letter, IReadOnlyList<DossierPerson> Persons,
    IReadOnlyList<DelegationVersion> Versions)
{
    public static DossierDelegationView From(DossierDelegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        return new(delegation.Delegation, delegation.Authority, delegation.Letter is null ? null : LetterView.From(delegation.Letter),
            delegation.Persons, delegation.Versions);
    }
}
