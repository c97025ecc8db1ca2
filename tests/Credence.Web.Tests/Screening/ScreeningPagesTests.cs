using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Screening;

public sealed class ScreeningPagesTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public ScreeningPagesTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task ScreenPage_PostName_ShowsHitExplanationAndAlertLink()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Screener);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, "/screen");

        var response = await client.PostAsync("/screen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Min Aung Hlaing",
            ["Form.Schema"] = "Person",
            ["Form.BirthDate"] = "1956-07-03",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Token alignment", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/alerts/\\d+\"", html);
        Assert.Matches("(new alert|open alert) #\\d+", html);
    }

    [Fact]
    public async Task ScreenPage_PairDecidedFalsePositive_ShowsHitAsSuppressedWithTheAlert()
    {
        using var api = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var first = await (await api.PostAsJsonAsync("/api/screenings", new { name = "Myanma Economic Holdings Limited" })).Content.ReadFromJsonAsync<JsonElement>();
        var alertId = first.GetProperty("hits")[0].GetProperty("alertId").GetInt64();
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            // As a reviewer's false-positive decision leaves the alert.
            var alert = await db.Alerts.SingleAsync(a => a.Id == alertId);
            alert.Status = AlertStatus.FalsePositive;
            alert.DecidedAt = alert.CreatedAt;
            alert.DecidedBy = "reviewer";
            await db.SaveChangesAsync();
        }
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Screener);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, "/screen");

        var response = await client.PostAsync("/screen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Myanma Economic Holdings Limited",
            ["__RequestVerificationToken"] = token,
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"suppressed (false positive, alert #{alertId})", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/alerts/{alertId}\"", html, StringComparison.Ordinal);
        // Read back from the store, the hit is still suppressed and still names the alert.
        var id = System.Text.RegularExpressions.Regex.Match(html, "href=\"/screenings/(\\d+)\"").Groups[1].Value;
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/screenings/{id}");
        Assert.Equal("suppressed", stored.GetProperty("hits")[0].GetProperty("disposition").GetString());
        Assert.Equal(alertId, stored.GetProperty("hits")[0].GetProperty("suppressedByAlertId").GetInt64());
    }

    [Fact]
    public async Task ScreenPage_BadDate_ShowsTheProblem()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Screener);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, "/screen");

        var response = await client.PostAsync("/screen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Name"] = "Soe Win",
            ["Form.BirthDate"] = "someday",
            ["__RequestVerificationToken"] = token,
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;someday&#x27; is not a date", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreenPage_ReadOnlyUser_IsRefused()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync("/screen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/forbidden", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreeningDetailsPage_ShowsSnapshotHashAndAlgorithm()
    {
        using var api = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var created = await api.PostAsync("/api/screenings", new StringContent("{\"name\":\"Soe Win\"}", Encoding.UTF8, "application/json"));
        using var client = await _factory.SignedInClientAsync(CredenceRoles.ReadOnly);

        var html = await client.GetStringAsync(created.Headers.Location!.OriginalString.Replace("/api", "", StringComparison.Ordinal));

        Assert.Matches("<td class=\"mono\">[0-9a-f]{64}</td>", html);
        Assert.Contains(Credence.Core.Matching.AlgorithmInfo.Version, html, StringComparison.Ordinal);
        Assert.Contains("Soe Win", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScreeningDetailsPage_UnknownId_Returns404()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync("/screenings/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task BatchPage_UploadCsv_RedirectsToJobWhoseProgressFragmentFinishes()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Screener);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(client, "/batch");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("name,dob\nSoe Win,1949\n,1950\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "upload", "people.csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        var response = await client.PostAsync("/batch", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = response.Headers.Location!.OriginalString;
        Assert.Matches("^/batch/\\d+$", page);
        Assert.Contains("data-poll=\"" + page + "/progress\"", await client.GetStringAsync(page), StringComparison.Ordinal);
        string fragment;
        var attempts = 0;
        do
        {
            await Task.Delay(100);
            fragment = await client.GetStringAsync(page + "/progress");
        }
        while (!fragment.Contains("data-done", StringComparison.Ordinal) && ++attempts < 300);
        Assert.Contains("data-done=\"true\"", fragment, StringComparison.Ordinal);
        Assert.Matches("<progress max=\"2\" value=\"2\"", fragment);
        Assert.Contains("results.csv", fragment, StringComparison.Ordinal);
        Assert.Matches("<td class=\"num\">2</td>\\s*<td>The name is required.</td>", fragment);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
    }
}
