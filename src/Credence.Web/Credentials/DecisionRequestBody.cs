namespace Credence.Web.Credentials;

/// <summary>
/// A committee decision: outcome (Accepted, AcceptedWithRestrictions, Provisional, Deferred, ObserverOnly, Rejected), grounds,
/// cited articles ("constitution/art-7"), vote (Consensus, or Tally with for/against/abstentions), evidence links
/// ({kind: Alert|Screening|Challenge|Dispute, id}), the delegation seated when several competed, organ (default "Credentials
/// Committee"), decision day (yyyy-MM-dd, default today UTC) and visibility (Public, Members, Committee; default Public).
/// </summary>
public sealed record DecisionRequestBody(
    string? Outcome, string? Grounds, IReadOnlyList<string>? CitedArticles, string? Vote, int? VotesFor, int? VotesAgainst, int? Abstentions,
    IReadOnlyList<EvidenceRequest>? Evidence, long? DelegationId, string? Organ, string? DecidedOn, string? Visibility);
