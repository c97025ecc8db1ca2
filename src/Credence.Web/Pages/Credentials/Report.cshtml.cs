using Credence.Store.Credentials.Reports;
using Credence.Web.Credentials;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Credentials;

/// <summary>
/// The committee's report as its own print-ready page (the store renders it: plain HTML and print CSS, every text
/// encoded, no script), so it prints to paper or PDF from the browser as it is.
/// </summary>
[Authorize(Policy = CredentialsAccess.Report)]
public sealed class ReportModel : PageModel
{
    private readonly CommitteeReportQuery _reports;

    public ReportModel(CommitteeReportQuery reports)
    {
        _reports = reports;
    }

    public async Task<IActionResult> OnGetAsync(long sessionId, CancellationToken cancellationToken)
    {
        var report = await _reports.BuildAsync(sessionId, cancellationToken);
        return report is null ? NotFound() : Content(CommitteeReportHtml.Render(report), "text/html; charset=utf-8");
    }
}
