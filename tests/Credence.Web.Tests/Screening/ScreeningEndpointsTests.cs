using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Screening;

public sealed class ScreeningEndpointsTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public ScreeningEndpointsTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Screen_ListedName_StoresScreeningWithSnapshotHashAndAlgorithm()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await client.PostAsJsonAsync("/api/screenings", new
        {
            name = "Min Aung Hlaing",
            schema = "Person",
            birthDate = "1956-07-03",
            country = "Burma",
            reference = "cust-1",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"/api/screenings/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("mm", body.GetProperty("query").GetProperty("country").GetString());
        Assert.Equal(Credence.Core.Matching.AlgorithmInfo.Version, body.GetProperty("algorithmVersion").GetString());
        var snapshot = body.GetProperty("snapshots")[0];
        Assert.Matches("^[0-9a-f]{64}$", snapshot.GetProperty("sha256").GetString());
        var hit = body.GetProperty("hits")[0];
        Assert.Equal("Min Aung Hlaing", hit.GetProperty("name").GetString());
        Assert.Equal("Person", hit.GetProperty("schema").GetString());
        Assert.Contains(hit.GetProperty("disposition").GetString(), new[] { "newAlert", "existingAlert" });
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("explanation").GetProperty("summary").GetString()));
        Assert.True(hit.GetProperty("explanation").GetProperty("tokens").GetArrayLength() > 0);

        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var stored = await db.Screenings.SingleAsync(s => s.Id == id);
            Assert.Equal(ScreeningOrigin.Api, stored.Origin);
            Assert.StartsWith("key:", stored.RunBy, StringComparison.Ordinal);
            Assert.Contains(snapshot.GetProperty("sha256").GetString()!, stored.SnapshotsJson, StringComparison.Ordinal);
            Assert.True(await db.ScreeningHits.AnyAsync(h => h.ScreeningId == id));
        }
    }

    [Fact]
    public async Task Get_StoredScreening_ReturnsSameHitsAsPost()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var posted = await (await client.PostAsJsonAsync("/api/screenings", new { name = "Soe Win" })).Content.ReadFromJsonAsync<JsonElement>();
        using var reader = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await reader.GetAsync($"/api/screenings/{posted.GetProperty("id").GetInt64()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var got = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(posted.GetProperty("hits").GetArrayLength(), got.GetProperty("hits").GetArrayLength());
        Assert.Equal(
            posted.GetProperty("hits")[0].GetProperty("entityId").GetString(),
            got.GetProperty("hits")[0].GetProperty("entityId").GetString());
        Assert.Equal(
            posted.GetProperty("hits")[0].GetProperty("disposition").GetString(),
            got.GetProperty("hits")[0].GetProperty("disposition").GetString());
        Assert.Equal(posted.GetProperty("snapshots")[0].GetProperty("sha256").GetString(), got.GetProperty("snapshots")[0].GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Screen_Answer_IsTheStoredScreeningAsGetReadsIt()
    {
        // The answer to POST is built from the objects just stored, GET from the stored rows and JSON: both must say the same.
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var response = await client.PostAsJsonAsync("/api/screenings", new
        {
            name = "Min Aung Hlaing",
            schema = "Person",
            birthDate = "1956-07",
            country = "Burma",
            identifiers = new[] { "passport 12345" },
            reference = "cust-2",
            threshold = 0.7,
            limit = 3,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var posted = await response.Content.ReadFromJsonAsync<JsonElement>();

        var got = await (await client.GetAsync(response.Headers.Location)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(posted.GetProperty("hits").GetArrayLength() > 0);
        Assert.True(JsonElement.DeepEquals(posted, got), $"POST answered {posted}\nGET answered {got}");
    }

    [Fact]
    public async Task Screen_SameSubjectTwice_SecondJoinsExistingAlert()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var first = await (await client.PostAsJsonAsync("/api/screenings", new { name = "Than Hlaing" })).Content.ReadFromJsonAsync<JsonElement>();

        var second = await (await client.PostAsJsonAsync("/api/screenings", new { name = "Than Hlaing" })).Content.ReadFromJsonAsync<JsonElement>();

        var firstHit = first.GetProperty("hits")[0];
        var secondHit = second.GetProperty("hits")[0];
        Assert.Equal("newAlert", firstHit.GetProperty("disposition").GetString());
        Assert.Equal("existingAlert", secondHit.GetProperty("disposition").GetString());
        Assert.Equal(firstHit.GetProperty("alertId").GetInt64(), secondHit.GetProperty("alertId").GetInt64());
    }

    [Fact]
    public async Task Screen_ReadOnlyKey_Returns403()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.PostAsJsonAsync("/api/screenings", new { name = "Soe Win" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Screen_NoKey_Returns401()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.PostAsJsonAsync("/api/screenings", new { name = "Soe Win" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("", null, null, null, "name")]
    [InlineData("Soe Win", "1956-13-01", null, null, "birthDate")]
    [InlineData("Soe Win", null, "Atlantis", null, "country")]
    [InlineData("Soe Win", null, null, "Dragon", "schema")]
    public async Task Screen_BadField_ReturnsValidationProblemNamingIt(string name, string? birthDate, string? country, string? schema, string field)
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await client.PostAsJsonAsync("/api/screenings", new { name, birthDate, country, schema });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Theory]
    [InlineData(-0.1, null, "threshold")]
    [InlineData(1.5, null, "threshold")]
    [InlineData(null, 0, "limit")]
    [InlineData(null, 101, "limit")]
    public async Task Screen_OptionOutOfRange_ReturnsValidationProblem(double? threshold, int? limit, string field)
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await client.PostAsJsonAsync("/api/screenings", new { name = "Soe Win", threshold, limit });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Screen_NameOfThousandsOfCharacters_IsRefusedWithMessage()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await client.PostAsJsonAsync("/api/screenings", new { name = new string('a', 5000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString();
        Assert.Contains("1,000", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"name\": ")]
    [InlineData("[\"Soe Win\"]")]
    public async Task Screen_BodyNotASubject_Returns400ProblemDetails(string body)
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await client.PostAsync("/api/screenings", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404ProblemDetails()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync("/api/screenings/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("999999", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FilteredByName_ReturnsOnlyMatchingScreenings()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        await client.PostAsJsonAsync("/api/screenings", new { name = "Myanma Economic Holdings Limited" });
        await client.PostAsJsonAsync("/api/screenings", new { name = "Soe Win" });

        var page = await client.GetFromJsonAsync<JsonElement>("/api/screenings?name=economic%20holdings&pageSize=10");

        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains("Economic Holdings", n, StringComparison.OrdinalIgnoreCase));
    }
}
