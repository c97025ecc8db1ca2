using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Monitoring;

public sealed class MonitoringEndpointTests(CredenceWebFactory factory) : IClassFixture<CredenceWebFactory>
{
    [Fact]
    public async Task Post_Screener_CreatesSubjectWithFirstScreeningHits()
    {
        var screener = await factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await screener.PostAsJsonAsync("/api/monitoring", new { name = "Min Aung Hlaing", schema = "person", reference = "D-17" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("subject").GetProperty("id").GetInt64();
        Assert.Equal($"/api/monitoring/{id}", response.Headers.Location?.OriginalString);
        Assert.NotEmpty(body.GetProperty("hits").EnumerateArray());
        var (scope, db) = factory.OpenStore();
        using (scope)
        {
            var subject = await db.MonitoredSubjects.SingleAsync(s => s.Id == id);
            Assert.Equal(("D-17", body.GetProperty("screeningId").GetInt64()), (subject.Reference, subject.LastScreeningId));
            var screening = await db.Screenings.SingleAsync(s => s.Id == subject.LastScreeningId);
            Assert.Equal((ScreeningOrigin.Monitoring, (long?)id), (screening.Origin, screening.MonitoredSubjectId));
        }
    }

    [Fact]
    public async Task Post_ReadOnly_IsForbidden()
    {
        var reader = await factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await reader.PostAsJsonAsync("/api/monitoring", new { name = "Someone" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("", null, null, "name")]
    [InlineData("Anna Field", "planet", null, "schema")]
    [InlineData("Anna Field", null, "03/07/1956", "birthDate")]
    public async Task Post_BadInput_IsAValidationProblemNamingTheField(string name, string? schema, string? birthDate, string field)
    {
        var screener = await factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await screener.PostAsJsonAsync("/api/monitoring", new { name, schema, birthDate });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Delete_StopsMonitoringKeepsTheRowAndAudits()
    {
        var screener = await factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var created = await (await screener.PostAsJsonAsync("/api/monitoring", new { name = "Bruno Keller" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("subject").GetProperty("id").GetInt64();

        var response = await screener.DeleteAsync($"/api/monitoring/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await screener.GetFromJsonAsync<JsonElement>($"/api/monitoring/{id}");
        Assert.False(detail.GetProperty("subject").GetProperty("active").GetBoolean());
        Assert.Single(detail.GetProperty("screenings").EnumerateArray());
        var active = await screener.GetFromJsonAsync<JsonElement>("/api/monitoring?active=true");
        Assert.DoesNotContain(active.EnumerateArray(), s => s.GetProperty("id").GetInt64() == id);
        var (scope, db) = factory.OpenStore();
        using (scope)
        {
            Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "monitoring.stopped" && a.Target == $"monitored:{id}"));
        }
    }

    [Fact]
    public async Task GetAndDelete_UnknownId_Are404()
    {
        var screener = await factory.ClientWithRoleAsync(CredenceRoles.Screener);

        Assert.Equal(HttpStatusCode.NotFound, (await screener.GetAsync("/api/monitoring/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await screener.DeleteAsync("/api/monitoring/987654")).StatusCode);
    }

    [Fact]
    public async Task Page_ScreenerAddsSubjectThroughTheForm_AndSeesIt()
    {
        var client = await factory.SignedInClientAsync(CredenceRoles.Screener);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, "/monitoring");

        var response = await client.PostAsync("/monitoring?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Carla Moreno <b>",
            ["Country"] = "mm",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Carla Moreno &lt;b&gt;", page, StringComparison.Ordinal);
        var list = await client.GetStringAsync("/monitoring");
        Assert.Contains("Stop monitoring", list, StringComparison.Ordinal);
    }
}
