using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;

namespace Credence.Web.Credentials;

/// <summary>The committee's dossier on a member for a session, as the API shows it (letters without their bytes).</summary>
public sealed record DossierView(
    AssemblySession Session, Member Member, IReadOnlyList<DossierDelegationView> Delegations, IReadOnlyList<DossierClaim> Claims,
    IReadOnlyList<DossierDispute> Disputes, IReadOnlyList<ChallengeSummary> Challenges, IReadOnlyList<Restriction> Restrictions,
    IReadOnlyList<Restriction> RestrictionsInForce, DossierDecision? CurrentDecision, IReadOnlyList<DossierDecision> DecisionHistory,
    IReadOnlyList<CommitteeNotice> Notices, bool UnderReview)
{
    public static DossierView From(MemberDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return new(dossier.Session, dossier.Member, [.. dossier.Delegations.Select(DossierDelegationView.From)], dossier.Claims,
            dossier.Disputes, dossier.Challenges, dossier.Restrictions, dossier.RestrictionsInForce, dossier.CurrentDecision,
            dossier.DecisionHistory, dossier.Notices, dossier.UnderReview);
    }
}
