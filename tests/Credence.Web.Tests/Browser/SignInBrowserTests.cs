using Credence.Store.Data;
using Microsoft.Playwright;

namespace Credence.Web.Tests.Browser;

public sealed class SignInBrowserTests : IClassFixture<BrowserServer>
{
    private readonly BrowserServer _server;

    public SignInBrowserTests(BrowserServer server)
    {
        _server = server;
    }

    [BrowserFact]
    public async Task Login_RightPassword_ShowsOverviewWithName()
    {
        var page = await _server.NewPageAsync();

        var name = await _server.SignInAsync(page, CredenceRoles.Screener);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".who")).ToHaveTextAsync(name);
        var cookies = await page.Context.CookiesAsync();
        var session = cookies.Single(c => c.Name == "credence.session");
        Assert.True(session.Secure);
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
    }

    [BrowserFact]
    public async Task Login_WrongPassword_ShowsErrorAndStaysOut()
    {
        var page = await _server.NewPageAsync();
        var (name, _) = await _server.Factory.CreateUserAsync(CredenceRoles.Screener);

        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("user name or password is wrong");
        var response = await page.GotoAsync("/alerts");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        Assert.NotNull(response);
    }

    [BrowserFact]
    public async Task UnauthenticatedRequests_AreRefused()
    {
        var page = await _server.NewPageAsync();

        await page.GotoAsync("/alerts");
        Assert.Contains("/login?ReturnUrl=%2Falerts", page.Url, StringComparison.Ordinal);
        var api = await page.APIRequest.PostAsync("/api/screenings", new() { DataObject = new { name = "Min Aung Hlaing" } });

        Assert.Equal(401, api.Status);
        Assert.Contains("application/problem+json", api.Headers["content-type"], StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Logout_EndsTheSession()
    {
        var page = await _server.NewPageAsync();
        await _server.SignInAsync(page, CredenceRoles.ReadOnly);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/");

        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }
}
