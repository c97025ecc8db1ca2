using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Audit;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Audit;

public sealed class AuditApiTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public AuditApiTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task List_FilterByTargetAndAction_ReturnsTheEntriesNewestFirst()
    {
        var target = await AppendAsync("note.added", "first", "second");
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/audit?target={target}&action=note.&pageSize=10");

        var details = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("details").GetString()).ToList();
        Assert.Equal(["second", "first"], details);
        Assert.Equal(2, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_ByActorAndDay_FindsTheLogins()
    {
        var (name, password) = await _factory.CreateUserAsync(CredenceRoles.Reviewer);
        using (var browser = _factory.AnonymousClient()) await CredenceWebFactory.SignInAsync(browser, name, password);
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var today = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var page = await client.GetFromJsonAsync<JsonElement>($"/api/audit?actor={name}&from={today}&to={today}");
        var yesterday = await client.GetFromJsonAsync<JsonElement>($"/api/audit?actor={name}&to=2000-01-01");

        Assert.Equal("login.succeeded", page.GetProperty("items")[0].GetProperty("action").GetString());
        Assert.Equal(0, yesterday.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_NoCredentials_Returns401()
    {
        using var client = _factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task ExportCsv_DetailsStartingWithEquals_AreEscapedForSpreadsheets()
    {
        var target = await AppendAsync("note.added", "=HYPERLINK(\"http://evil.example\",\"click\")", "plain, with comma");
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync($"/api/audit/export?format=csv&target={target}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("credence-audit.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("id,at,actor,action,target,details", lines[0]);
        Assert.EndsWith($",test,note.added,{target},\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",\"plain, with comma\"", lines[2], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task ExportJson_Filtered_IsAnArrayWithTheRawText()
    {
        var target = await AppendAsync("note.added", "=1+1", "two");
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync($"/api/audit/export?format=json&target={target}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(["=1+1", "two"], rows.Select(r => r.GetProperty("details").GetString()));
        Assert.All(rows, r => Assert.Equal("test", r.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Export_UnknownFormat_Returns400()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync("/api/audit/export?format=xlsx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Appends entries with a target of their own, so that a filter on it sees only this test's entries.
    private async Task<string> AppendAsync(string action, params string[] details)
    {
        var target = "note:" + Guid.NewGuid().ToString("N");
        using var scope = _factory.Services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<AuditLog>();
        foreach (var detail in details) await log.AppendAsync("test", action, target, detail);
        return target;
    }
}
