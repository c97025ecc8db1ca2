using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>What a re-screening of open sessions did.</summary>
/// <param name="Sessions">Open sessions covered.</param>
/// <param name="Delegations">Delegations whose current persons were screened.</param>
/// <param name="Persons">Persons screened.</param>
/// <param name="NewAlertIds">Alerts raised (new hits only).</param>
/// <param name="Notices">Notices sent to the committee.</param>
public sealed record RescreenSummary(
    int Sessions, int Delegations, int Persons, IReadOnlyList<long> NewAlertIds, IReadOnlyList<CommitteeNotice> Notices);
