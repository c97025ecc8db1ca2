using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Credence.Store.Data;
using Credence.TestSupport;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Challenges;

public sealed class ChallengeApiTests(CredenceWebFactory factory) : IClassFixture<CredenceWebFactory>
{
    private const string SmallLetter = """
        3 March 2025

        Subject: Keep the assembly open

        We, the undersigned 3 organisations, call on the Board to:
        - Publish the agenda.

        For more information, please contact:
        Ana Ruiz, Open Assembly Network, ana@example.org

        Signed by:
        1. Alpha Rights Watch
        2. Beta Human Rights
        Network
        3. Gamma Voices
        """;

    [SharedDataFact]
    public async Task Import_RealLetter_CreatesChallengeWith259NumberedEndorsements()
    {
        var seed = await ChallengeSeed.EnsureAsync(factory);
        using var committee = await factory.ClientWithRoleAsync(CredenceRoles.Committee);
        var text = await File.ReadAllTextAsync(SharedData.Path("letters", "2021-11-22-interpol-myanmar-open-letter.txt"));

        var response = await committee.PostAsync($"/api/challenges/import?{seed.TargetQuery}", Plain(text));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((259, 259), (body.GetProperty("statedCount").GetInt32(), body.GetProperty("parsedCount").GetInt32()));
        Assert.Equal(259, body.GetProperty("signatories").GetArrayLength());
        Assert.Equal(3, body.GetProperty("contacts").GetArrayLength());
        Assert.All(body.GetProperty("contacts").EnumerateArray(), c => Assert.Contains('@', c.GetProperty("email").GetString()!));
        var no183 = body.GetProperty("signatories")[182];
        Assert.Equal(183, no183.GetProperty("number").GetInt32());
        Assert.Equal("MINBYUN - Lawyers for a Democratic Society International Solidarity Committee", no183.GetProperty("name").GetString());
        Assert.Equal(
            ["title", "date", "statedCount", "parsedCount", "addressees", "contacts", "signatories", "nearDuplicates", "demands", "problems", "challengeId"],
            body.EnumerateObject().Select(p => p.Name));
        var id = body.GetProperty("challengeId").GetInt64();
        Assert.Equal($"/api/challenges/{id}", response.Headers.Location?.OriginalString);

        var detail = await committee.GetFromJsonAsync<JsonElement>($"/api/challenges/{id}");
        var endorsements = detail.GetProperty("endorsements").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 259), endorsements.Select(e => e.GetProperty("number").GetInt32()));
        Assert.Equal("MINBYUN - Lawyers for a Democratic Society International Solidarity Committee", endorsements[182].GetProperty("organisation").GetString());
        Assert.Equal(2, detail.GetProperty("nearDuplicates").GetArrayLength());
        Assert.Equal(259, detail.GetProperty("summary").GetProperty("totalEndorsements").GetInt32());
    }

    [Fact]
    public async Task Import_DryRun_ParsesAndCreatesNothing()
    {
        using var committee = await factory.ClientWithRoleAsync(CredenceRoles.Committee);
        var before = await CountAsync();

        var response = await committee.PostAsync("/api/challenges/import?dryRun=true", Plain(SmallLetter));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("challengeId").ValueKind);
        Assert.Equal("2025-03-03", body.GetProperty("date").GetString());
        Assert.Equal("Beta Human Rights Network", body.GetProperty("signatories")[1].GetProperty("name").GetString());
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("just some words\nand nothing like a list")]
    public async Task Import_NoSignatories_Returns400WithTheParsersProblems(string text)
    {
        using var committee = await factory.ClientWithRoleAsync(CredenceRoles.Committee);

        var response = await committee.PostAsync("/api/challenges/import?dryRun=true", Plain(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(0, problem.GetProperty("problems").GetArrayLength());
    }

    [Fact]
    public async Task Import_WithoutTarget_ValidationProblemNamingTheFields()
    {
        using var committee = await factory.ClientWithRoleAsync(CredenceRoles.Committee);

        var response = await committee.PostAsync("/api/challenges/import?target=nobody", Plain(SmallLetter));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["sessionId", "target", "targetId"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Import_TargetInHeaders_Created()
    {
        var seed = await ChallengeSeed.EnsureAsync(factory);
        using var committee = await factory.ClientWithRoleAsync(CredenceRoles.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/challenges/import") { Content = Plain(SmallLetter) };
        request.Headers.Add("X-Challenge-Session", seed.SessionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Challenge-Target", "authority");
        request.Headers.Add("X-Challenge-Target-Id", seed.AuthorityId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var response = await committee.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Import_UnknownAuthority_Returns404()
    {
        var seed = await ChallengeSeed.EnsureAsync(factory);
        using var committee = await factory.ClientWithRoleAsync(CredenceRoles.Committee);

        var response = await committee.PostAsync($"/api/challenges/import?sessionId={seed.SessionId}&target=authority&targetId=999999", Plain(SmallLetter));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(CredenceRoles.Screener, HttpStatusCode.Forbidden)]
    [InlineData(CredenceRoles.Reviewer, HttpStatusCode.Forbidden)]
    [InlineData(CredenceRoles.ReadOnly, HttpStatusCode.Forbidden)]
    [InlineData(CredenceRoles.FocalPoint, HttpStatusCode.Forbidden)]
    [InlineData(CredenceRoles.Committee, HttpStatusCode.OK)]
    [InlineData(CredenceRoles.Admin, HttpStatusCode.OK)]
    public async Task Import_ByRole_OnlyAdminAndCommittee(string role, HttpStatusCode expected)
    {
        using var client = await factory.ClientWithRoleAsync(role);

        var response = await client.PostAsync("/api/challenges/import?dryRun=true", Plain(SmallLetter));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Api_NoKey_Returns401()
    {
        using var anonymous = factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/challenges/import?dryRun=true", Plain(SmallLetter))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/challenges")).StatusCode);
    }

    [Fact]
    public async Task Create_ByHand_EndorsersDeduplicatedAlphabetisedNumberedAnonymousCounted()
    {
        var seed = await ChallengeSeed.EnsureAsync(factory);
        using var committee = await factory.ClientWithRoleAsync(CredenceRoles.Committee);

        var response = await committee.PostAsJsonAsync("/api/challenges", new
        {
            seed.SessionId,
            target = "authority",
            targetId = seed.AuthorityId,
            title = "Not the competent authority",
            date = "2031-11-01",
            endorsers = new[] { "Zeta Voices", "alpha watch", "Beta Network", "ALPHA WATCH." },
            anonymousEndorsements = 2,
            contacts = new[] { new { name = "Ana Ruiz", organisation = "Zeta Voices", email = "ana@example.org" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("id").GetInt64();
        var detail = await committee.GetFromJsonAsync<JsonElement>($"/api/challenges/{id}");
        Assert.Equal(
            [(1, "alpha watch"), (2, "Beta Network"), (3, "Zeta Voices")],
            detail.GetProperty("endorsements").EnumerateArray().Select(e => (e.GetProperty("number").GetInt32(), e.GetProperty("organisation").GetString())));
        var summary = detail.GetProperty("summary");
        Assert.Equal((3, 2, 5), (summary.GetProperty("namedEndorsements").GetInt32(), summary.GetProperty("anonymousEndorsements").GetInt32(), summary.GetProperty("totalEndorsements").GetInt32()));
        Assert.Equal("Example Ministry of Home Affairs", summary.GetProperty("targetName").GetString());

        using var reader = await factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);
        var list = await reader.GetFromJsonAsync<JsonElement>($"/api/challenges?sessionId={seed.SessionId}&memberId={seed.MemberId}");
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetInt64() == id);
        Assert.Empty((await reader.GetFromJsonAsync<JsonElement>($"/api/challenges?sessionId={seed.SessionId}&memberId=999999")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsJsonAsync("/api/challenges", new { title = "x" })).StatusCode);
    }

    [Fact]
    public async Task Get_Unknown_Returns404Problem()
    {
        using var reader = await factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var response = await reader.GetAsync("/api/challenges/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent Plain(string text) => new(text, Encoding.UTF8, "text/plain");

    private async Task<int> CountAsync()
    {
        var (scope, db) = factory.OpenStore();
        using (scope) return await db.Challenges.CountAsync();
    }
}
