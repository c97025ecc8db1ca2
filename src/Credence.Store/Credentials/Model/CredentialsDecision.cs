namespace Credence.Store.Credentials.Model;

/// <summary>
/// The committee's decision on a member for a session. Append-only: a later decision adds a row whose
/// <see cref="SupersedesId"/> names this one, and this one's <see cref="SupersededById"/> is set. The current decision is
/// the one not superseded; a decision carries forward only through a new decision.
/// </summary>
public sealed class CredentialsDecision
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public long SessionId { get; set; }

    public CredentialsOutcome Outcome { get; set; }

    /// <summary>The delegation whose credentials the decision accepts, when it accepts one (it picks one side in a dispute).</summary>
    public long? DelegationId { get; set; }

    /// <summary>The organ that decided, e.g. "Credentials Committee" or "General Assembly".</summary>
    public required string Organ { get; set; }

    public DateOnly DecidedOn { get; set; }

    /// <summary>The written grounds.</summary>
    public required string Grounds { get; set; }

    /// <summary>The articles cited, as rule-set article keys ("instrument/article"), one per line.</summary>
    public required string CitedArticles { get; set; }

    public VoteKind Vote { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? Abstentions { get; set; }

    public DecisionVisibility Visibility { get; set; }

    public long? SupersedesId { get; set; }

    public long? SupersededById { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    /// <summary>The cited article keys as a list.</summary>
    public IReadOnlyList<string> CitedArticleList() =>
        [.. CitedArticles.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
