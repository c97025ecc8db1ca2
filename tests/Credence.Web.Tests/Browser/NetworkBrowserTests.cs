using Credence.Store.Data;
using Microsoft.Playwright;

namespace Credence.Web.Tests.Browser;

public sealed class NetworkBrowserTests : IClassFixture<BrowserServer>
{
    private readonly BrowserServer _server;

    public NetworkBrowserTests(BrowserServer server)
    {
        _server = server;
    }

    [BrowserFact]
    public async Task OpenAnEntity_SeesTheFlaggedSubsidiaryWithItsPath_AndExpandsTheDrawingByAClick()
    {
        var page = await _server.NewPageAsync();
        await _server.SignInAsync(page, CredenceRoles.ReadOnly);

        await page.GetByRole(AriaRole.Link, new() { Name = "Network", Exact = true }).ClickAsync();
        await page.GetByLabel("Name or id").FillAsync("Myanmar Brewery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Myanmar Brewery Limited" }).ClickAsync();

        var ofac = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "OFAC" }) });
        await Assertions.Expect(ofac).ToContainTextAsync("blocked");
        await Assertions.Expect(ofac).ToContainTextAsync("Myanma Economic Holdings");
        var drawing = page.Locator("svg.network");
        await Assertions.Expect(drawing).ToBeVisibleAsync();
        var before = await drawing.Locator("g.node").CountAsync();

        await Assertions.Expect(drawing).Not.ToContainTextAsync("POSCO Coated");

        // MEHL's 30% joint venture is two steps away; a click on it adds its other owner, one ring further out.
        await drawing.Locator("a").Filter(new() { HasText = "Myanmar POSCO" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("expand=demo-myanmar-posco-cc"));
        Assert.True(await page.Locator("svg.network g.node").CountAsync() > before, "the click adds the clicked entity's own links");
        await Assertions.Expect(page.Locator("svg.network")).ToContainTextAsync("POSCO Coated");
    }
}
