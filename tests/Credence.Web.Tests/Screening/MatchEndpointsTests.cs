using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Screening;

public sealed class MatchEndpointsTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public MatchEndpointsTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Match_YenteRequest_AnswersInYenteShapeAndStoresEachQuery()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var body = new
        {
            queries = new Dictionary<string, object>
            {
                ["q1"] = new { schema = "Person", properties = new { name = new[] { "Min Aung Hlaing" }, birthDate = new[] { "1956-07-03" }, nationality = new[] { "mm" } } },
                ["q2"] = new { schema = "Company", properties = new { name = new[] { "Myanmar Economic Corporation" }, jurisdiction = new[] { "mm" } } },
            },
        };

        var response = await client.PostAsJsonAsync("/match/default", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(5, json.GetProperty("limit").GetInt32());
        Assert.True(json.GetProperty("matcher").TryGetProperty("name_score", out var doc));
        Assert.True(doc.TryGetProperty("coefficient", out _));
        var q1 = json.GetProperty("responses").GetProperty("q1");
        Assert.Equal(200, q1.GetProperty("status").GetInt32());
        Assert.Equal("eq", q1.GetProperty("total").GetProperty("relation").GetString());
        Assert.Equal("Min Aung Hlaing", q1.GetProperty("query").GetProperty("properties").GetProperty("name")[0].GetString());
        var top = q1.GetProperty("results")[0];
        Assert.Equal("Min Aung Hlaing", top.GetProperty("caption").GetString());
        Assert.Equal("Person", top.GetProperty("schema").GetString());
        Assert.Equal("1956-07-03", top.GetProperty("properties").GetProperty("birthDate")[0].GetString());
        Assert.Equal("credence-demo", top.GetProperty("datasets")[0].GetString());
        Assert.True(top.GetProperty("match").GetBoolean());
        Assert.True(top.GetProperty("target").GetBoolean());
        Assert.True(top.TryGetProperty("first_seen", out _));
        Assert.True(top.GetProperty("features").GetProperty("name_score").GetDouble() > 0.9);
        var credence = top.GetProperty("credence");
        Assert.False(string.IsNullOrEmpty(credence.GetProperty("explanation").GetProperty("summary").GetString()));
        var q2 = json.GetProperty("responses").GetProperty("q2");
        Assert.Equal("Organization", q2.GetProperty("results")[0].GetProperty("schema").GetString());

        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var stored = await db.Screenings.SingleAsync(s => s.Id == credence.GetProperty("screeningId").GetInt64());
            Assert.Equal(ScreeningOrigin.Match, stored.Origin);
            Assert.Equal("Min Aung Hlaing", stored.QueryName);
            Assert.True(await db.Screenings.AnyAsync(s => s.Origin == ScreeningOrigin.Match && s.QueryName == "Myanmar Economic Corporation"));
        }
    }

    [Fact]
    public async Task Match_QueryWithoutName_ThatQueryGets400AndOthersAnswer()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var body = new
        {
            queries = new Dictionary<string, object>
            {
                ["nameless"] = new { schema = "Person", properties = new { birthDate = new[] { "1956" } } },
                ["ok"] = new { schema = "Person", properties = new { name = "Soe Win" } },
            },
        };

        var json = await (await client.PostAsJsonAsync("/match/sanctions", body)).Content.ReadFromJsonAsync<JsonElement>();

        var nameless = json.GetProperty("responses").GetProperty("nameless");
        Assert.Equal(400, nameless.GetProperty("status").GetInt32());
        Assert.Contains("name", nameless.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, nameless.GetProperty("results").GetArrayLength());
        var ok = json.GetProperty("responses").GetProperty("ok");
        Assert.Equal(200, ok.GetProperty("status").GetInt32());
        Assert.Equal("Soe Win", ok.GetProperty("results")[0].GetProperty("caption").GetString());
    }

    [Fact]
    public async Task Match_UnknownSchema_Returns400ForTheRequestAsYenteDoes()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var body = new { queries = new Dictionary<string, object> { ["x"] = new { schema = "Dragon", properties = new { name = "Soe Win" } } } };

        var response = await client.PostAsJsonAsync("/match/default", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dragon", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_UnknownDataset_Returns404ProblemDetails()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var body = new { queries = new Dictionary<string, object> { ["x"] = new { schema = "Person", properties = new { name = "Soe Win" } } } };

        var response = await client.PostAsJsonAsync("/match/no-such-list", body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Match_SourceDatasetAndLimit_ReturnsOnlyThatListWithinLimit()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.Screener);
        var body = new { queries = new Dictionary<string, object> { ["x"] = new { schema = "Person", properties = new { name = "Hlaing" } } } };

        var json = await (await client.PostAsJsonAsync("/match/credence_demo?limit=1&threshold=0.5&cutoff=0.3", body)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, json.GetProperty("limit").GetInt32());
        var results = json.GetProperty("responses").GetProperty("x").GetProperty("results");
        Assert.True(results.GetArrayLength() <= 1);
        Assert.All(results.EnumerateArray(), r => Assert.Equal("credence-demo", r.GetProperty("datasets")[0].GetString()));
    }

    [Fact]
    public async Task Match_ReadOnlyKey_Returns403()
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);
        var body = new { queries = new Dictionary<string, object> { ["x"] = new { schema = "Person", properties = new { name = "Soe Win" } } } };

        var response = await client.PostAsJsonAsync("/match/default", body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
