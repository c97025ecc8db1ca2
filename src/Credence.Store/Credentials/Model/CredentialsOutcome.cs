namespace Credence.Store.Credentials.Model;

/// <summary>The committee's decision on a member's credentials for a session.</summary>
public enum CredentialsOutcome
{
    Accepted,

    /// <summary>Accepted, with restrictions (see <see cref="Restriction"/>) that the grounds name.</summary>
    AcceptedWithRestrictions,

    /// <summary>Seated for now, pending a further decision.</summary>
    Provisional,

    /// <summary>No decision on the merits; the status quo stays.</summary>
    Deferred,

    /// <summary>May attend without vote or speaking rights of a member.</summary>
    ObserverOnly,

    Rejected,
}
