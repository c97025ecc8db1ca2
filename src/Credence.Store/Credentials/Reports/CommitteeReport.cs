using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials.Reports;

/// <summary>The credentials committee's report for a session: every member with a delegation or a decision, by name.</summary>
/// <param name="Session">The session.</param>
/// <param name="RuleSetName">The rules in force.</param>
/// <param name="GeneratedAt">When the report was produced.</param>
/// <param name="Members">The members, ordered by name (invariant culture).</param>
public sealed record CommitteeReport(AssemblySession Session, string RuleSetName, DateTimeOffset GeneratedAt, IReadOnlyList<CommitteeReportEntry> Members);
