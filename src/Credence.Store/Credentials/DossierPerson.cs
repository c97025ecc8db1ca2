using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A delegate with their screenings (newest first) and the alerts those screenings raised or joined.</summary>
public sealed record DossierPerson(DelegationPerson Person, IReadOnlyList<DelegateScreening> Screenings, IReadOnlyList<DossierAlert> Alerts);
