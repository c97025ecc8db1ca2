namespace Credence.Store.Credentials.Model;

/// <summary>Where a delegation stands in the credentials process.</summary>
public enum DelegationStatus
{
    /// <summary>Submitted (or amended) and waiting for the committee.</summary>
    Submitted,

    /// <summary>Another authority submitted a delegation for the same member and session: see <see cref="RepresentationDispute"/>.</summary>
    Disputed,

    /// <summary>The committee decided on the member for the session; the delegation is locked.</summary>
    Decided,
}
