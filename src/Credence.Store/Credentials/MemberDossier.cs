using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>
/// Everything the committee examines for one member and session, side by side: the delegations with their persons,
/// screenings, alerts and alert decisions; the authorities' claims and their recognition; disputes; challenges;
/// restrictions (with those in force on the session's first day); the current decision and every earlier one for the
/// member (all sessions, newest first); and the notices sent to the committee.
/// </summary>
public sealed record MemberDossier
{
    public required AssemblySession Session { get; init; }

    public required Member Member { get; init; }

    public required IReadOnlyList<DossierDelegation> Delegations { get; init; }

    public required IReadOnlyList<DossierClaim> Claims { get; init; }

    public required IReadOnlyList<DossierDispute> Disputes { get; init; }

    public required IReadOnlyList<ChallengeSummary> Challenges { get; init; }

    public required IReadOnlyList<Restriction> Restrictions { get; init; }

    /// <summary>The restrictions in force on the session's first day, appealed or not.</summary>
    public required IReadOnlyList<Restriction> RestrictionsInForce { get; init; }

    /// <summary>The current decision for this session, or null when none yet.</summary>
    public DossierDecision? CurrentDecision { get; init; }

    /// <summary>Every decision on the member, all sessions, newest first (including superseded ones and the current one).</summary>
    public required IReadOnlyList<DossierDecision> DecisionHistory { get; init; }

    public required IReadOnlyList<CommitteeNotice> Notices { get; init; }

    /// <summary>True when a new hit on an accredited delegate reopened review and no later decision settled it.</summary>
    public bool UnderReview => Notices.Any(n => n.Kind == CommitteeNoticeKind.ReviewReopened && n.SettledByDecisionId is null);
}
