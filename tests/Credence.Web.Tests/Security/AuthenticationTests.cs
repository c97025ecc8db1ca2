using System.Net;
using System.Net.Http.Json;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Security;

public sealed class AuthenticationTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public AuthenticationTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Health_NoCredentials_AnswersOk()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!["status"]);
    }

    [Fact]
    public async Task OpenApiDocument_NoCredentials_Returns401()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiReferencePage_NoCredentials_RedirectsToLogin()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.GetAsync("/api/docs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiPath_NoCredentials_Returns401AsProblemJson()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.GetAsync("/api/anything");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_NoCredentials_RedirectsToLogin()
    {
        using var client = _factory.AnonymousClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ApiKey_EitherHeader_IsAccepted(bool bearer)
    {
        using var client = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly, bearer);

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApiKey_Wrong_Returns401()
    {
        using var client = _factory.AnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "crd_not-a-real-key");

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiKey_StoredOnlyAsHash()
    {
        var key = await _factory.CreateKeyAsync(CredenceRoles.Screener);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var stored = await db.ApiKeys.Select(k => k.Hash).ToListAsync();
            Assert.DoesNotContain(key, stored);
            Assert.Contains(Credence.Store.Access.Secrets.HashApiKey(key), stored);
        }
    }

    [Fact]
    public async Task Login_RightPassword_SetsSecureSameSiteCookieAndAudits()
    {
        var (name, password) = await _factory.CreateUserAsync(CredenceRoles.Reviewer);
        using var client = _factory.AnonymousClient();

        var response = await CredenceWebFactory.SignInAsync(client, name, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("credence.session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "login.succeeded" && a.Actor == name));
        }
    }

    [Fact]
    public async Task Login_WrongPasswordRepeatedly_LocksAccount()
    {
        var (name, password) = await _factory.CreateUserAsync(CredenceRoles.Screener);
        using var client = _factory.AnonymousClient();

        for (var i = 0; i < 5; i++)
        {
            var failed = await CredenceWebFactory.SignInAsync(client, name, "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var locked = await CredenceWebFactory.SignInAsync(client, name, password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_PostWithoutAntiforgeryToken_IsRefused()
    {
        var (name, password) = await _factory.CreateUserAsync(CredenceRoles.Screener);
        using var client = _factory.AnonymousClient();

        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Password"] = password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task FirstStart_NoUsers_CreatesOneAdmin()
    {
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            var admin = await db.Users.SingleAsync(u => u.UserName == "admin");
            Assert.NotNull(admin.PasswordHash);
            Assert.True(await db.Snapshots.AnyAsync(s => s.Source == "credence-demo" && s.Status == SnapshotStatus.Active));
        }
    }
}
