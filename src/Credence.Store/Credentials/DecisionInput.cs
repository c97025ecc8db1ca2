using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A credentials decision on a member for a session, as the committee records it.</summary>
/// <param name="SessionId">The session.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Organ">The organ that decided, e.g. "Credentials Committee".</param>
/// <param name="DecidedOn">The day of the decision.</param>
/// <param name="Grounds">The written grounds; required.</param>
/// <param name="CitedArticles">Article keys of the session's rule set ("instrument/article"); at least one, all known.</param>
public sealed record DecisionInput(
    long SessionId, long MemberId, CredentialsOutcome Outcome, string Organ, DateOnly DecidedOn, string Grounds, IReadOnlyList<string> CitedArticles)
{
    /// <summary>For an accepting outcome, the delegation accepted; may be left null when the member has only one.</summary>
    public long? DelegationId { get; init; }

    /// <summary>Consensus (default) or a tally.</summary>
    public VoteKind Vote { get; init; } = VoteKind.Consensus;

    /// <summary>Votes for, against and abstentions: required for a tally, not allowed for consensus; none negative.</summary>
    public int? VotesFor { get; init; }

    public int? VotesAgainst { get; init; }

    public int? Abstentions { get; init; }

    /// <summary>Who may see it; default <see cref="DecisionVisibility.Public"/>.</summary>
    public DecisionVisibility Visibility { get; init; } = DecisionVisibility.Public;

    /// <summary>Alerts, screenings, challenges and disputes the decision rests on; each must exist.</summary>
    public IReadOnlyList<EvidenceLink> Evidence { get; init; } = [];
}
