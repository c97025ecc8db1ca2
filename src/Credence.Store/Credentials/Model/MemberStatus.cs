namespace Credence.Store.Credentials.Model;

/// <summary>Where a member stands in the organisation.</summary>
public enum MemberStatus
{
    /// <summary>A member with its rights (subject to any <see cref="Restriction"/>).</summary>
    Active,

    /// <summary>Membership suspended by a decision of the organisation.</summary>
    Suspended,

    /// <summary>No longer a member; the row stays for the record.</summary>
    Withdrawn,
}
