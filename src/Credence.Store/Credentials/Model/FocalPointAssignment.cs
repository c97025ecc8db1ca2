namespace Credence.Store.Credentials.Model;

/// <summary>Makes a user the focal point of a member: they may submit and amend that member's delegations, and no other's.</summary>
public sealed class FocalPointAssignment
{
    public long Id { get; set; }

    /// <summary>The user's name as the host's identity gives it (compared exactly).</summary>
    public required string UserName { get; set; }

    public long MemberId { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    public required string AssignedBy { get; set; }
}
