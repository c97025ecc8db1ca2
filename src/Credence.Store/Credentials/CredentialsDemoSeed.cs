namespace Credence.Store.Credentials;

/// <summary>What <see cref="CredentialsDemo.SeedAsync"/> created, so a host can screen the delegations and link to them.</summary>
/// <param name="SessionId">The 89th General Assembly.</param>
/// <param name="MyanmarMemberId">The member Myanmar.</param>
/// <param name="JuntaDelegationId">The delegation the State Administration Council submitted, headed by Than Hlaing.</param>
/// <param name="RivalDelegationId">The delegation the National Unity Government's ministry submitted.</param>
/// <param name="ChallengeId">The civil-society challenge against the junta's delegation.</param>
/// <param name="DelegationIds">Every delegation seeded, to screen.</param>
public sealed record CredentialsDemoSeed(
    long SessionId, long MyanmarMemberId, long JuntaDelegationId, long RivalDelegationId, long ChallengeId, IReadOnlyList<long> DelegationIds);
