using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Review;

public sealed class AlertApiTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public AlertApiTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData(CredenceRoles.Reviewer, "FalsePositive", AlertStatus.FalsePositive)]
    [InlineData(CredenceRoles.Admin, "true-match", AlertStatus.TrueMatch)]
    [InlineData(CredenceRoles.Reviewer, "escalate", AlertStatus.Escalated)]
    public async Task Decide_ReviewerOrAdmin_Returns201StoresDecisionAndAudits(string role, string outcome, AlertStatus expected)
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var client = await _factory.ClientWithRoleAsync(role);

        var response = await client.PostAsJsonAsync($"/api/alerts/{alert.Id}/decisions", new { outcome, reason = "Checked the passport." });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected.ToString(), body.GetProperty("outcome").GetString());
        Assert.Equal("Checked the passport.", body.GetProperty("reason").GetString());
        Assert.StartsWith("key:test-" + role, body.GetProperty("decidedBy").GetString(), StringComparison.Ordinal);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            Assert.Equal(expected, (await db.Alerts.SingleAsync(a => a.Id == alert.Id)).Status);
            Assert.Equal(expected, (await db.AlertDecisions.SingleAsync(d => d.AlertId == alert.Id)).Outcome);
            var audit = await db.AuditEvents.SingleAsync(a => a.Action == "alert.decided" && a.Target == $"alert:{alert.Id}");
            Assert.Equal($"{expected}: Checked the passport.", audit.Details);
        }
    }

    [Theory]
    [InlineData(CredenceRoles.Screener)]
    [InlineData(CredenceRoles.ReadOnly)]
    public async Task Decide_RoleWithoutReview_Returns403AndWritesNothing(string role)
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var client = await _factory.ClientWithRoleAsync(role);

        var response = await client.PostAsJsonAsync($"/api/alerts/{alert.Id}/decisions", new { outcome = "FalsePositive", reason = "Not him." });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            Assert.False(await db.AlertDecisions.AnyAsync(d => d.AlertId == alert.Id));
        }
    }

    [Fact]
    public async Task Decide_NoCredentials_Returns401()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.PostAsJsonAsync("/api/alerts/1/decisions", new { outcome = "FalsePositive", reason = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Decide_UnknownAlert_Returns404Problem()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Reviewer);

        var response = await client.PostAsJsonAsync("/api/alerts/987654/decisions", new { outcome = "FalsePositive", reason = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("FalsePositive", null, "reason")]
    [InlineData("FalsePositive", "  ", "reason")]
    [InlineData("Open", "Because.", "outcome")]
    [InlineData("maybe", "Because.", "outcome")]
    [InlineData(null, "Because.", "outcome")]
    public async Task Decide_BadInput_Returns400NamingTheField(string? outcome, string? reason, string field)
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Reviewer);

        var response = await client.PostAsJsonAsync($"/api/alerts/{alert.Id}/decisions", new { outcome, reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Decide_ReasonOver4000Characters_Returns400()
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Reviewer);

        var response = await client.PostAsJsonAsync($"/api/alerts/{alert.Id}/decisions", new { outcome = "TrueMatch", reason = new string('r', 4001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Alert_HasScreeningSnapshotsExplanationRecordAndDecisions()
    {
        var alert = await AlertSeed.RaiseAsync(_factory);
        using var reviewer = await _factory.ClientWithRoleAsync(CredenceRoles.Reviewer);
        await reviewer.PostAsJsonAsync($"/api/alerts/{alert.Id}/decisions", new { outcome = "Escalated", reason = "Ask the head of compliance." });
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/alerts/{alert.Id}");

        Assert.Equal("Escalated", detail.GetProperty("alert").GetProperty("status").GetString());
        var screening = detail.GetProperty("screening");
        Assert.Equal("Min Aung Hlaing", screening.GetProperty("query").GetProperty("name").GetString());
        var snapshot = screening.GetProperty("snapshots")[0];
        Assert.Equal("credence-demo", snapshot.GetProperty("source").GetString());
        Assert.Equal(64, snapshot.GetProperty("sha256").GetString()!.Length);
        Assert.False(string.IsNullOrEmpty(screening.GetProperty("algorithmVersion").GetString()));
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("hit").GetProperty("explanation").GetProperty("summary").GetString()));
        Assert.Equal("Min Aung Hlaing", detail.GetProperty("entity").GetProperty("names")[0].GetProperty("value").GetString());
        Assert.Equal("Ask the head of compliance.", detail.GetProperty("decisions")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Get_UnknownAlert_Returns404()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync("/api/alerts/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_Filters_SelectTheMatchingAlertsNewestFirst()
    {
        var first = await AlertSeed.RaiseAsync(_factory, "Soe Win");
        var second = await AlertSeed.RaiseAsync(_factory, "Soe Win");
        var other = await AlertSeed.RaiseAsync(_factory, "Than Hlaing");
        using var reviewer = await _factory.ClientWithRoleAsync(CredenceRoles.Reviewer);
        await reviewer.PostAsJsonAsync($"/api/alerts/{second.Id}/decisions", new { outcome = "FalsePositive", reason = "Different man." });
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var bySubject = await client.GetFromJsonAsync<JsonElement>("/api/alerts?subject=soe%20WIN&pageSize=200");
        var open = await client.GetFromJsonAsync<JsonElement>($"/api/alerts?subject=soe&status=Open,Escalated&entityId={Uri.EscapeDataString(first.EntityId)}");
        var closed = await client.GetFromJsonAsync<JsonElement>("/api/alerts?status=falsepositive&subject=Soe&monitored=false&from=2000-01-01");
        var paged = await client.GetFromJsonAsync<JsonElement>("/api/alerts?pageSize=1&page=1");

        var ids = Ids(bySubject);
        Assert.Contains(first.Id, ids);
        Assert.Contains(second.Id, ids);
        Assert.DoesNotContain(other.Id, ids);
        Assert.True(ids.IndexOf(second.Id) < ids.IndexOf(first.Id), "newest first");
        Assert.Contains(first.Id, Ids(open));
        Assert.DoesNotContain(second.Id, Ids(open));
        Assert.Equal([second.Id], Ids(closed));
        Assert.Equal(other.Id, Ids(paged).Single());
        Assert.True(paged.GetProperty("total").GetInt32() >= 3);
    }

    [Theory]
    [InlineData("status=Closed", "status")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("from=01/02/2026", "from")]
    [InlineData("from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("monitored=perhaps", "monitored")]
    public async Task List_BadFilter_Returns400NamingTheField(string query, string field)
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync("/api/alerts?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static List<long> Ids(JsonElement list) => [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
}
