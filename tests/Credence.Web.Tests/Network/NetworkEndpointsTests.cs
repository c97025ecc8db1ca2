using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;

namespace Credence.Web.Tests.Network;

public sealed class NetworkEndpointsTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public NetworkEndpointsTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Search_ByName_FindsTheDemoBrewery()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var found = await client.GetFromJsonAsync<JsonElement>("/api/network/entities?q=brewery");

        Assert.Contains(found.EnumerateArray(), e => e.GetProperty("id").GetString() == "demo-myanmar-brewery");
    }

    [Fact]
    public async Task Exposure_BreweryWhollyOwnedByMehl_IsBlockedUnderOfacWithPath()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var exposure = await client.GetFromJsonAsync<JsonElement>("/api/network/entities/demo-myanmar-brewery/exposure?at=2026-11-01");

        var ofac = exposure.GetProperty("regimes").EnumerateArray().Single(r => r.GetProperty("regime").GetString() == "OFAC");
        Assert.True(ofac.GetProperty("blocked").GetBoolean());
        var firstStep = ofac.GetProperty("paths")[0].GetProperty("steps")[0];
        Assert.Equal("demo-mehl", firstStep.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Exposure_MinorityJointVenture_IsNotBlocked()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var exposure = await client.GetFromJsonAsync<JsonElement>("/api/network/entities/demo-myanmar-posco-cc/exposure?at=2026-11-01");

        Assert.All(exposure.GetProperty("regimes").EnumerateArray(), r => Assert.False(r.GetProperty("blocked").GetBoolean()));
    }

    [Fact]
    public async Task Path_BetweenBreweryAndMehl_IsExplainedInWords()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var path = await client.GetFromJsonAsync<JsonElement>("/api/network/path?from=demo-myanmar-brewery&to=demo-mehl");

        Assert.Equal(1, path.GetProperty("steps").GetArrayLength());
        Assert.Contains("Myanma", path.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neighbours_OfMehl_IncludeItsSubsidiaries()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var hood = await client.GetFromJsonAsync<JsonElement>("/api/network/entities/demo-mehl/neighbours?hops=1&types=ownership");

        var ids = hood.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Contains("demo-myanmar-brewery", ids);
        Assert.DoesNotContain("demo-tatmadaw", ids);
    }

    [Theory]
    [InlineData("/api/network/entities/no-such-id/exposure", HttpStatusCode.NotFound)]
    [InlineData("/api/network/entities/no-such-id", HttpStatusCode.NotFound)]
    [InlineData("/api/network/entities/demo-mehl/exposure?at=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/network/entities/demo-mehl/neighbours?types=friendship", HttpStatusCode.BadRequest)]
    [InlineData("/api/network/path?from=demo-mehl", HttpStatusCode.BadRequest)]
    public async Task BadRequests_AnswerProblemDetails(string url, HttpStatusCode expected)
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EntityPage_DrawsTheNetworkWithEncodedNames()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.ReadOnly);

        var html = await client.GetStringAsync("/network/entity?id=demo-myanmar-brewery");

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Myanmar Brewery Limited", html, StringComparison.Ordinal);
        Assert.Contains("blocked", html, StringComparison.Ordinal);
        Assert.Contains("KT Services &amp; Logistics", await client.GetStringAsync("/network?q=KT"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_NoKey_Returns401()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.GetAsync("/api/network/entities?q=brewery");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Screening_CompanyOwnedByListedConglomerate_IsALinkedHitWithItsPathAndStored()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);

        var response = await client.PostAsJsonAsync("/api/screenings", new { name = "Myanmar Brewery Limited" });
        var screening = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var linked = screening.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("kind").GetString() == "linked");
        Assert.Equal("network:demo-myanmar-brewery", linked.GetProperty("entityId").GetString());
        Assert.StartsWith("owned or controlled", linked.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Contains("OFAC", linked.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.True(linked.GetProperty("score").GetDouble() < 1.0);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/screenings/{screening.GetProperty("id").GetInt64()}");
        Assert.Contains(stored.GetProperty("hits").EnumerateArray(), h => h.GetProperty("kind").GetString() == "linked");
    }
}
