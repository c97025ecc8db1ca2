using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Core.Matching;
using Credence.Store.Data;
using Credence.Web.Hosting;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Lists;

public sealed class ListUpdateTests(ListUpdateFixture fixture) : IClassFixture<ListUpdateFixture>
{
    private const string First = "id,name,schema,dob\nW-1,Hollis Brandtmeyer,person,1961\nW-2,Quorvex Shipping Ltd,organisation,\n";
    private const string Second = "id,name,schema,dob\nW-2,Quorvex Shipping Ltd,organisation,\nW-1,Hollis Brandtmeyer,person,1962\nW-3,Zoltan Varkonyi Keszthely,person,1975\n";

    private CredenceWebFactory Factory => fixture.Factory;

    [Fact]
    public async Task Update_GoodFiles_ActivateSnapshotsWithDeltaScreenTheNewEntityAndAlertMonitoring()
    {
        var admin = await Factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var first = await UpdateAsync(admin, First, s => s.GetProperty("active").ValueKind == JsonValueKind.Object);
        var screener = await Factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var monitored = await screener.PostAsJsonAsync("/api/monitoring", new { name = "Zoltan Varkonyi Keszthely", schema = "person" });
        Assert.Equal(HttpStatusCode.Created, monitored.StatusCode);
        var subjectId = (await monitored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subject").GetProperty("id").GetInt64();

        var firstId = first.GetProperty("active").GetProperty("id").GetInt64();
        var second = await UpdateAsync(admin, Second, s => s.GetProperty("active").GetProperty("id").GetInt64() != firstId);

        var active = second.GetProperty("active");
        Assert.Equal((firstId, 1, 0, 1), (active.GetProperty("previousSnapshotId").GetInt64(), active.GetProperty("addedCount").GetInt32(),
            active.GetProperty("removedCount").GetInt32(), active.GetProperty("changedCount").GetInt32()));
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/lists/snapshots/{active.GetProperty("id").GetInt64()}?kind=changed");
        var changed = Assert.Single(detail.GetProperty("delta").EnumerateArray());
        Assert.Equal(("custom:W-1", "birthDates"), (changed.GetProperty("entityId").GetString(), changed.GetProperty("changedFields").GetString()));
        var corpus = await Factory.Services.GetRequiredService<CorpusProvider>().GetAsync();
        Assert.Contains(corpus.Screen(new ScreeningQuery { Name = "Zoltan Varkonyi Keszthely" }), h => h.Entity.Id == "custom:W-3");

        // Monitoring picks up the new snapshot and raises one alert that names the change.
        var alert = await WaitAsync(async () =>
        {
            var subject = await admin.GetFromJsonAsync<JsonElement>($"/api/monitoring/{subjectId}");
            return subject.GetProperty("alerts").EnumerateArray().Cast<JsonElement?>().FirstOrDefault();
        });
        Assert.Equal("custom:W-3", alert.GetProperty("entityId").GetString());
        Assert.StartsWith($"custom snapshot {active.GetProperty("id").GetInt64()} added custom:W-3", alert.GetProperty("cause").GetString(), StringComparison.Ordinal);
        var (scope, db) = Factory.OpenStore();
        using (scope)
        {
            Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "lists.updated" && a.Target == "list:custom"));
            Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "lists.update-requested"));
        }
    }

    [Theory]
    [InlineData("error", "500")]
    [InlineData("timeout", "timeout")]
    [InlineData("broken", "wanted.csv")]
    public async Task Update_FailedDownloadOrBrokenFile_KeepsPreviousActiveAndShowsWhy(string failure, string reason)
    {
        var admin = await Factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var before = await UpdateAsync(admin, First, s => s.GetProperty("active").ValueKind == JsonValueKind.Object);
        var activeId = before.GetProperty("active").GetProperty("id").GetInt64();
        var lastFailure = before.GetProperty("lastFailure").ValueKind == JsonValueKind.Object ? before.GetProperty("lastFailure").GetProperty("id").GetInt64() : 0;
        switch (failure)
        {
            case "error": fixture.Publisher.Fail(HttpStatusCode.InternalServerError); break;
            case "timeout": fixture.Publisher.Stall(TimeSpan.FromSeconds(20), First); break;
            default: fixture.Publisher.Serve("this is not,a list\n\u0001\u0002"); break;
        }

        var after = await RequestAndWaitAsync(admin, s =>
            s.GetProperty("lastFailure").ValueKind == JsonValueKind.Object && s.GetProperty("lastFailure").GetProperty("id").GetInt64() > lastFailure);

        Assert.Equal(activeId, after.GetProperty("active").GetProperty("id").GetInt64());
        var failed = after.GetProperty("lastFailure");
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.Contains(reason, failed.GetProperty("failureReason").GetString(), StringComparison.OrdinalIgnoreCase);
        var page = await (await Factory.SignedInClientAsync(CredenceRoles.ReadOnly)).GetStringAsync("/lists");
        Assert.Contains("Last update failed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_Screener_IsForbiddenAndNothingIsQueued()
    {
        var screener = await Factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await screener.PostAsJsonAsync("/api/lists/update", new { sources = new[] { "custom" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.AnonymousClient().GetAsync("/api/lists")).StatusCode);
    }

    [Fact]
    public async Task Update_UnknownSource_IsAValidationProblem()
    {
        var admin = await Factory.ClientWithRoleAsync(CredenceRoles.Admin);

        var response = await admin.PostAsJsonAsync("/api/lists/update", new { sources = new[] { "atlantis" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("atlantis", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSnapshot_UnknownId_Is404AndHistoryListsTheDemoSnapshot()
    {
        var reader = await Factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var missing = await reader.GetAsync("/api/lists/snapshots/987654");
        var history = await reader.GetFromJsonAsync<JsonElement>("/api/lists/snapshots?source=credence-demo");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Unknown snapshot", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        var demo = Assert.Single(history.GetProperty("items").EnumerateArray());
        Assert.Equal(64, demo.GetProperty("sha256").GetString()!.Length);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Factory.SignedInClientAsync(CredenceRoles.ReadOnly)).GetAsync("/lists/snapshots/987654")).StatusCode);
    }

    private async Task<JsonElement> UpdateAsync(HttpClient admin, string body, Func<JsonElement, bool> done)
    {
        fixture.Publisher.Serve(body);
        return await RequestAndWaitAsync(admin, done);
    }

    private static async Task<JsonElement> RequestAndWaitAsync(HttpClient admin, Func<JsonElement, bool> done)
    {
        var response = await admin.PostAsJsonAsync("/api/lists/update", new { sources = new[] { "custom" } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(["custom"], (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        return await WaitAsync(async () =>
        {
            var lists = await admin.GetFromJsonAsync<JsonElement>("/api/lists");
            var custom = lists.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "custom");
            return !custom.GetProperty("pending").GetBoolean() && done(custom) ? custom : (JsonElement?)null;
        });
    }

    private static async Task<JsonElement> WaitAsync(Func<Task<JsonElement?>> probe)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("The update did not finish within 30 s.");
    }
}
