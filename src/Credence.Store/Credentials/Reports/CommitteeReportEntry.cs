using Credence.Store.Credentials.Model;
using Credence.Store.Credentials.Rules;

namespace Credence.Store.Credentials.Reports;

/// <summary>One member in the committee's report: status, grounds, vote, screening evidence, challenges and disputes.</summary>
public sealed record CommitteeReportEntry
{
    public required string CountryCode { get; init; }

    public required string Member { get; init; }

    public required string MemberBody { get; init; }

    /// <summary>The current decision's outcome; null when the committee has not decided yet.</summary>
    public CredentialsOutcome? Outcome { get; init; }

    /// <summary>The status in words: the outcome ("Accepted with restrictions") or "Pending", plus "under review" when reopened.</summary>
    public required string Status { get; init; }

    public bool UnderReview { get; init; }

    public string? Organ { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public string? Grounds { get; init; }

    /// <summary>The articles the decision cites, as the rule set describes them.</summary>
    public IReadOnlyList<RuleArticle> Cited { get; init; } = [];

    /// <summary>"Consensus" or "Vote: 5 for, 2 against, 1 abstaining"; null without a decision.</summary>
    public string? Vote { get; init; }

    /// <summary>How many decisions this one superseded for the session.</summary>
    public int Superseded { get; init; }

    public required IReadOnlyList<ReportDelegation> Delegations { get; init; }

    public required ReportScreening Screening { get; init; }

    /// <summary>One line per challenge: title, date, named and anonymous endorsements.</summary>
    public required IReadOnlyList<string> Challenges { get; init; }

    /// <summary>One line per dispute: status and the authorities on each side.</summary>
    public required IReadOnlyList<string> Disputes { get; init; }

    /// <summary>Restrictions in force on the session's first day, with "(appealed)" where appealed.</summary>
    public required IReadOnlyList<string> Restrictions { get; init; }
}
