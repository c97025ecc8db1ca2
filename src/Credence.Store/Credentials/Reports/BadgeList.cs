using Credence.Store.Credentials.Model;
using Credence.Store.Csv;

namespace Credence.Store.Credentials.Reports;

/// <summary>
/// The badge list as CSV for the accreditation desk: one row per participant, every cell written through
/// <see cref="CsvSafe"/> so a name such as "=HYPERLINK(...)" is shown as text, not run as a formula.
/// </summary>
public static class BadgeList
{
    /// <summary>The header row's cells.</summary>
    public static IReadOnlyList<string> Header { get; } = ["country", "member", "name", "rank", "function", "role", "badge"];

    /// <summary>Writes the header and one row per participant, CRLF line ends.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(participants);
        CsvSafe.WriteRow(writer, Header);
        foreach (var p in participants)
            CsvSafe.WriteRow(writer, p.CountryCode, p.Member, p.Name, p.Rank, p.Function, p.Role.ToString(), Badge(p));
    }

    /// <summary>The badge category: "OBSERVER" for an observer-only member or an observer, "HEAD OF DELEGATION", else "DELEGATION".</summary>
    public static string Badge(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.Outcome == CredentialsOutcome.ObserverOnly || participant.Role == DelegationRole.Observer) return "OBSERVER";
        return participant.Role == DelegationRole.Head ? "HEAD OF DELEGATION" : "DELEGATION";
    }
}
