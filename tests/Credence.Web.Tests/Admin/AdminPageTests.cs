using System.Net;
using System.Text.RegularExpressions;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Tests.Admin;

public sealed partial class AdminPageTests : IClassFixture<CredenceWebFactory>
{
    private readonly CredenceWebFactory _factory;

    public AdminPageTests(CredenceWebFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task UsersPage_CreateUser_ShowsThePasswordOnceAndItWorks()
    {
        using var admin = await _factory.SignedInClientAsync(CredenceRoles.Admin);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(admin, "/admin/users");

        var created = await admin.PostAsync("/admin/users?handler=Create", Form(token, ("NewName", "erin"), ("NewRole", "screener")));

        var html = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.Contains("it will not be shown again", html, StringComparison.Ordinal);
        var password = WebUtility.HtmlDecode(SecretPattern().Match(html).Groups[1].Value);
        using var erin = _factory.AnonymousClient();
        Assert.Equal(HttpStatusCode.Redirect, (await CredenceWebFactory.SignInAsync(erin, "erin", password)).StatusCode);
        Assert.DoesNotContain("class=\"secret\"", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_DisableUser_RedirectsWithNoticeAndLocksThemOut()
    {
        var (name, password) = await _factory.CreateUserAsync(CredenceRoles.Reviewer);
        using var admin = await _factory.SignedInClientAsync(CredenceRoles.Admin);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(admin, "/admin/users");

        var posted = await admin.PostAsync("/admin/users?handler=Disable", Form(token, ("name", name)));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains($"{name} is disabled.", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        using var browser = _factory.AnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await CredenceWebFactory.SignInAsync(browser, name, password)).StatusCode);
    }

    [Fact]
    public async Task KeysPage_CreateThenRevoke_KeyWorksThenStopsAtOnce()
    {
        using var admin = await _factory.SignedInClientAsync(CredenceRoles.Admin);
        var token = await CredenceWebFactory.AntiforgeryTokenAsync(admin, "/admin/keys");

        var created = await admin.PostAsync("/admin/keys?handler=Create", Form(token, ("NewName", "page-key"), ("NewRole", "read-only")));
        var key = WebUtility.HtmlDecode(SecretPattern().Match(await created.Content.ReadAsStringAsync()).Groups[1].Value);
        using var machine = _factory.AnonymousClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync("/api/audit")).StatusCode);

        var revoked = await admin.PostAsync("/admin/keys?handler=Revoke", Form(token, ("name", "page-key")));

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.GetAsync("/api/audit")).StatusCode);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            Assert.NotNull((await db.ApiKeys.SingleAsync(k => k.Name == "page-key")).RevokedAt);
        }
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/keys")]
    public async Task AdminPages_NonAdmin_AreRefused(string page)
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Reviewer);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/forbidden", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)), new("__RequestVerificationToken", token)]);

    [GeneratedRegex("<p class=\"secret\">([^<]+)</p>")]
    private static partial Regex SecretPattern();
}
