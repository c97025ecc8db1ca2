using System.Globalization;
using System.Text;

namespace Credence.Store.Credentials.Reports;

/// <summary>
/// Renders a <see cref="CommitteeReport"/> as one print-ready HTML page: plain HTML and CSS with an @media print block
/// (A4, no navigation, each member kept on one page where it fits). Every piece of text is HTML-encoded; no script.
/// </summary>
public static class CommitteeReportHtml
{
    private const string Css = """
        body { font-family: Georgia, "Times New Roman", serif; margin: 2rem auto; max-width: 60rem; color: #111; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #999; margin-top: 2rem; }
        h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
        .meta, .body { color: #444; }
        .status { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: 0.3rem 0; }
        th, td { border: 1px solid #bbb; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
        th { background: #eee; }
        .grounds { white-space: pre-wrap; }
        @media print {
          @page { size: A4; margin: 18mm; }
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          section.member { break-inside: avoid-page; }
          th { background: none; }
        }
        """;

    /// <summary>The whole page, LF line ends, UTF-8 meta.</summary>
    public static string Render(CommitteeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Session;
        var html = new StringBuilder();
        Line(html, "<!DOCTYPE html>");
        Line(html, "<html lang=\"en\">");
        Line(html, "<head>");
        Line(html, "<meta charset=\"utf-8\">");
        Line(html, $"<title>Credentials report: {E(s.Name)}</title>");
        Line(html, "<style>");
        html.Append(Css).Append('\n');
        Line(html, "</style>");
        Line(html, "</head>");
        Line(html, "<body>");
        Line(html, $"<h1>Report of the Credentials Committee: {E(s.Name)}</h1>");
        Line(html, $"<p class=\"meta\">{E(s.Place)}, {D(s.StartsOn)} to {D(s.EndsOn)}. Credentials deadline {E(s.CredentialsDeadline.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC. Rules in force: {E(report.RuleSetName)}. Session {E(s.Status.ToString().ToLowerInvariant())}. Generated {E(report.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC.</p>");
        Summary(html, report);
        foreach (var member in report.Members) Member(html, member);
        Line(html, "</body>");
        Line(html, "</html>");
        return html.ToString();
    }

    private static void Summary(StringBuilder html, CommitteeReport report)
    {
        Line(html, "<table>");
        Line(html, "<caption>Summary</caption>");
        Line(html, "<thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Status</th><th scope=\"col\">Vote</th><th scope=\"col\">Open alerts</th><th scope=\"col\">Challenges</th><th scope=\"col\">Disputes</th></tr></thead>");
        Line(html, "<tbody>");
        foreach (var m in report.Members)
        {
            Line(html, $"<tr><th scope=\"row\">{E(m.Member)} ({E(m.CountryCode)})</th><td>{E(m.Status)}</td><td>{E(m.Vote ?? "")}</td><td>{N(m.Screening.OpenAlerts)}</td><td>{N(m.Challenges.Count)}</td><td>{N(m.Disputes.Count)}</td></tr>");
        }
        Line(html, "</tbody>");
        Line(html, "</table>");
    }

    private static void Member(StringBuilder html, CommitteeReportEntry m)
    {
        Line(html, $"<section class=\"member\" id=\"member-{E(m.CountryCode.ToLowerInvariant())}\">");
        Line(html, $"<h2>{E(m.Member)} ({E(m.CountryCode)})</h2>");
        Line(html, $"<p class=\"body\">Member body: {E(m.MemberBody)}</p>");
        Line(html, $"<p>Status: <span class=\"status\">{E(m.Status)}</span></p>");
        if (m.Outcome is not null)
        {
            Line(html, $"<p>Decided by {E(m.Organ ?? "")} on {D(m.DecidedOn!.Value)}. {E(m.Vote ?? "")}.{(m.Superseded > 0 ? $" Supersedes {N(m.Superseded)} earlier decision(s) for this session." : "")}</p>");
            Line(html, "<h3>Grounds</h3>");
            Line(html, $"<p class=\"grounds\">{E(m.Grounds ?? "")}</p>");
            Line(html, "<h3>Articles cited</h3>");
            List(html, m.Cited.Select(a => string.IsNullOrEmpty(a.Number) ? $"{a.Key} (not in the rules in force)" : $"Art. {a.Number}: {a.Title}"));
        }
        Line(html, "<h3>Delegations</h3>");
        Line(html, "<table>");
        Line(html, "<thead><tr><th scope=\"col\">Submitted by</th><th scope=\"col\">Head of delegation</th><th scope=\"col\">Persons</th><th scope=\"col\">Version</th><th scope=\"col\">Late</th><th scope=\"col\">Accepted</th></tr></thead>");
        Line(html, "<tbody>");
        foreach (var d in m.Delegations)
        {
            Line(html, $"<tr><th scope=\"row\">{E(d.Authority)}</th><td>{E(d.Head)}</td><td>{N(d.Persons)}</td><td>{N(d.Version)}</td><td>{(d.Late ? "late" : "on time")}</td><td>{(d.Accepted ? "yes" : "no")}</td></tr>");
        }
        Line(html, "</tbody>");
        Line(html, "</table>");
        var sc = m.Screening;
        Line(html, "<h3>Screening evidence</h3>");
        Line(html, $"<p>{N(sc.Screened)} of {N(sc.Persons)} delegates screened; {N(sc.OpenAlerts)} open alerts, {N(sc.ConfirmedMatches)} confirmed matches, {N(sc.FalsePositives)} false positives.</p>");
        List(html, sc.Findings);
        Line(html, "<h3>Challenges</h3>");
        List(html, m.Challenges);
        Line(html, "<h3>Representation disputes</h3>");
        List(html, m.Disputes);
        Line(html, "<h3>Restrictions in force</h3>");
        List(html, m.Restrictions);
        Line(html, "</section>");
    }

    private static void List(StringBuilder html, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            Line(html, "<p>None.</p>");
            return;
        }
        Line(html, "<ul>");
        foreach (var item in list) Line(html, $"<li>{E(item)}</li>");
        Line(html, "</ul>");
    }

    private static void Line(StringBuilder html, string text) => html.Append(text).Append('\n');

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>HTML-encodes text for element content and double-quoted attributes; other characters stay as they are (UTF-8 page).</summary>
    internal static string E(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
