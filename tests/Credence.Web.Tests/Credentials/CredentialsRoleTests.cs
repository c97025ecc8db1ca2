using System.Net;
using System.Net.Http.Json;
using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Credentials;

/// <summary>
/// Each role against the key credentials endpoints, on the demo session: what it may do is not refused (200, or 400 for a
/// deliberately empty body that passed the role check), what it may not do is 403, and nobody unauthenticated gets in.
/// </summary>
public sealed class CredentialsRoleTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;
    private readonly CredentialsApi _api;

    public CredentialsRoleTests(CredenceWebFactory factory)
    {
        _factory = factory;
        _api = new CredentialsApi(factory);
    }

    [Theory]
    [InlineData(CredenceRoles.Admin, true, true, true, true, true, true)]
    [InlineData(CredenceRoles.Committee, true, false, true, true, false, false)]
    [InlineData(CredenceRoles.Reviewer, true, false, false, false, false, false)]
    [InlineData(CredenceRoles.ReadOnly, true, false, false, true, false, false)]
    [InlineData(CredenceRoles.Screener, false, false, false, false, false, false)]
    [InlineData(CredenceRoles.FocalPoint, false, false, false, false, false, false)]
    public async Task KeyEndpoints_ByRole_AllowOrRefuse(
        string role, bool dossier, bool configure, bool decide, bool report, bool badges, bool submitAny)
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var (sessionId, myanmar) = await DemoAsync(admin);
        using var client = await _factory.ClientWithRoleAsync(role);

        var sessions = await client.GetAsync("/api/credentials/sessions");
        var dossierAnswer = await client.GetAsync($"/api/credentials/sessions/{sessionId}/members/{myanmar}/dossier");
        var createSession = await client.PostAsJsonAsync("/api/credentials/sessions", new { number = 0 });
        var decision = await client.PostAsJsonAsync($"/api/credentials/sessions/{sessionId}/members/{myanmar}/decisions", new { outcome = "" });
        var reportAnswer = await client.GetAsync($"/api/credentials/sessions/{sessionId}/report");
        var badgesAnswer = await client.GetAsync($"/api/credentials/sessions/{sessionId}/badges.csv");
        var participants = await client.GetAsync($"/api/credentials/sessions/{sessionId}/participants");
        var submit = await client.PostAsJsonAsync("/api/credentials/delegations", new { sessionId, memberId = myanmar, authorityId = 0, persons = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.OK, sessions.StatusCode);
        Assert.Equal(HttpStatusCode.OK, participants.StatusCode);
        Assert.Equal(dossier ? HttpStatusCode.OK : HttpStatusCode.Forbidden, dossierAnswer.StatusCode);
        Assert.Equal(configure ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, createSession.StatusCode);
        Assert.Equal(decide ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, decision.StatusCode);
        Assert.Equal(report ? HttpStatusCode.OK : HttpStatusCode.Forbidden, reportAnswer.StatusCode);
        Assert.Equal(badges ? HttpStatusCode.OK : HttpStatusCode.Forbidden, badgesAnswer.StatusCode);
        Assert.NotEqual(submitAny, submit.StatusCode == HttpStatusCode.Forbidden);
        if (!dossier) Assert.Equal("application/problem+json", dossierAnswer.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task FocalPoint_OwnMember_MaySubmitAndRead_OtherMemberIsForbidden()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var sessionId = await _api.CreateSessionAsync();
        var indonesia = await _api.MemberIdAsync(admin, "ID");
        var norway = await _api.MemberIdAsync(admin, "NO");
        var (name, key) = await KeyAsync(CredenceRoles.FocalPoint);
        var assigned = await admin.PostAsJsonAsync("/api/credentials/focal-points", new { userName = "key:" + name, memberId = indonesia });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        using var focal = _factory.AnonymousClient();
        focal.DefaultRequestHeaders.Add("X-Api-Key", key);

        var own = await CredentialsApi.SubmitAsync(focal, sessionId, indonesia, (await _api.AuthorityIdsAsync(admin, "ID"))[0], CredentialsApi.Person("Budi Contoh", "Head"));
        var other = await CredentialsApi.SubmitAsync(focal, sessionId, norway, (await _api.AuthorityIdsAsync(admin, "NO"))[0], CredentialsApi.Person("Ola Eksempel", "Head"));
        var otherByAdmin = await CredentialsApi.JsonAsync(
            await CredentialsApi.SubmitAsync(admin, sessionId, norway, (await _api.AuthorityIdsAsync(admin, "NO"))[0], CredentialsApi.Person("Kari Eksempel", "Head")),
            HttpStatusCode.Created);
        var ownId = (await CredentialsApi.JsonAsync(own, HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var readOwn = await focal.GetAsync($"/api/credentials/delegations/{ownId}");
        var readOther = await focal.GetAsync($"/api/credentials/delegations/{otherByAdmin.GetProperty("id").GetInt64()}");
        var amendOther = await focal.PostAsJsonAsync($"/api/credentials/delegations/{otherByAdmin.GetProperty("id").GetInt64()}/amend",
            new { persons = new[] { CredentialsApi.Person("Ola Eksempel", "Head") }, reason = "mine now" });

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, readOwn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, amendOther.StatusCode);
    }

    [Fact]
    public async Task Committee_IsNotASubmitter_Forbidden()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var sessionId = await _api.CreateSessionAsync();
        var france = await _api.MemberIdAsync(admin, "FR");
        using var committee = await _factory.ClientWithRoleAsync(CredenceRoles.Committee);

        var response = await CredentialsApi.SubmitAsync(committee, sessionId, france, (await _api.AuthorityIdsAsync(admin, "FR"))[0], CredentialsApi.Person("Jean Exemple", "Head"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/credentials/sessions")]
    [InlineData("/api/credentials/sessions/1/members/1/dossier")]
    [InlineData("/api/credentials/sessions/1/report")]
    public async Task Endpoints_NoCredentials_Return401(string path)
    {
        using var client = _factory.AnonymousClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(CredenceRoles.Committee, HttpStatusCode.OK)]
    [InlineData(CredenceRoles.ReadOnly, HttpStatusCode.OK)]
    [InlineData(CredenceRoles.Screener, HttpStatusCode.Forbidden)]
    public async Task DossierPage_ByRole_ShowsOrRefuses(string role, HttpStatusCode expected)
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var (sessionId, myanmar) = await DemoAsync(admin);
        using var client = await _factory.SignedInClientAsync(role);

        var response = await client.GetAsync($"/credentials/sessions/{sessionId}/members/{myanmar}");

        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/forbidden", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            return;
        }
        Assert.Equal(expected, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Than Hlaing", html, StringComparison.Ordinal);
        Assert.Equal(role == CredenceRoles.Committee, html.Contains("Record decision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CredentialsPage_Committee_ListsTheDemoMembers()
    {
        using var admin = await _factory.ClientWithRoleAsync(CredenceRoles.Admin);
        var (sessionId, _) = await DemoAsync(admin);
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Committee);

        var html = await client.GetStringAsync($"/credentials?session={sessionId}");

        Assert.Contains("89th", html, StringComparison.Ordinal);
        Assert.Contains("Myanmar (MM)", html, StringComparison.Ordinal);
        Assert.Contains("Disputed", html, StringComparison.Ordinal);
        Assert.Contains("Late", html, StringComparison.Ordinal);
    }

    private async Task<(long SessionId, long MemberId)> DemoAsync(HttpClient admin)
    {
        var sessions = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/credentials/sessions");
        var demo = sessions.EnumerateArray().Single(s => s.GetProperty("number").GetInt32() == 89).GetProperty("id").GetInt64();
        return (demo, await _api.MemberIdAsync(admin, "MM"));
    }

    private async Task<(string Name, string Key)> KeyAsync(string role)
    {
        using var scope = _factory.Services.CreateScope();
        var name = $"fp-{Guid.NewGuid():N}"[..16];
        var result = await scope.ServiceProvider.GetRequiredService<ApiKeyAdministration>().AddAsync(name, role, "test");
        Assert.True(result.Succeeded, result.Error);
        return (name, result.Secret!);
    }
}
