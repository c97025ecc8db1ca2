namespace Credence.Store.Credentials.Model;

/// <summary>One competing delegation in a <see cref="RepresentationDispute"/>.</summary>
public sealed class DisputeDelegation
{
    public long Id { get; set; }

    public long DisputeId { get; set; }

    public long DelegationId { get; set; }
}
