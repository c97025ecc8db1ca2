namespace Credence.Store.Credentials.Reports;

/// <summary>The screening evidence on a member's delegates, summed up for the report.</summary>
/// <param name="Persons">Delegates in the member's current delegations.</param>
/// <param name="Screened">Of those, how many were screened at least once.</param>
/// <param name="OpenAlerts">Alerts not decided yet (open or escalated).</param>
/// <param name="ConfirmedMatches">Alerts decided true matches.</param>
/// <param name="FalsePositives">Alerts decided false positives.</param>
/// <param name="Findings">One line per alert: delegate, role, listed entity, list source, alert status.</param>
public sealed record ReportScreening(int Persons, int Screened, int OpenAlerts, int ConfirmedMatches, int FalsePositives, IReadOnlyList<string> Findings);
