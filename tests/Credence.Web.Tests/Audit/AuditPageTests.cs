using System.Net;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Audit;

public sealed class AuditPageTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public AuditPageTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task AuditPage_FilterByAction_ListsTheEntriesAndExportLinksKeepTheFilter()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.ReadOnly);

        var page = await client.GetStringAsync("/audit?action=login.");

        Assert.Contains("login.succeeded", page, StringComparison.Ordinal);
        Assert.DoesNotContain("user.created", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/audit/export?action=login.&amp;format=csv\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/audit/export?action=login.&amp;format=json\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportLink_SignedInBrowser_DownloadsCsv()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Reviewer);

        var response = await client.GetAsync("/api/audit/export?action=login.&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("id,at,actor,action,target,details\r\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
