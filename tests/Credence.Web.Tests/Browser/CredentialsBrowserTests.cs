using System.Text.RegularExpressions;
using Credence.Store.Data;
using Microsoft.Playwright;

namespace Credence.Web.Tests.Browser;

public sealed partial class CredentialsBrowserTests : IClassFixture<BrowserServer>
{
    private readonly BrowserServer _server;

    public CredentialsBrowserTests(BrowserServer server)
    {
        _server = server;
    }

    [BrowserFact]
    public async Task Committee_DecidesMyanmarInTheDemoSession_SeesTheDecisionRecorded()
    {
        var page = await _server.NewPageAsync();
        await _server.SignInAsync(page, CredenceRoles.Committee);

        await page.GetByRole(AriaRole.Link, new() { Name = "Credentials" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Myanmar (MM)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Myanmar");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = HitLink() }).First).ToBeVisibleAsync();

        await page.GetByLabel("Outcome").SelectOptionAsync("Deferred");
        await page.GetByLabel("Grounds").FillAsync("Two authorities claim the member; under Art. 7 the committee defers until the competent authority is established.");
        await page.GetByLabel(new Regex("^Art\\. 7:")).CheckAsync();
        await page.GetByLabel(AlertEvidence()).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Decision recorded: Deferred");
        await Assertions.Expect(page.Locator("#history-h + ol")).ToContainTextAsync("constitution/art-7");
        await Assertions.Expect(page.Locator("#history-h + ol")).ToContainTextAsync("the committee defers until the competent authority is established");
        await Assertions.Expect(page.GetByText("Locked by the decision")).ToBeVisibleAsync();
    }

    [GeneratedRegex("^Alert \\d+: hit on Than Hlaing")]
    private static partial Regex HitLink();

    [GeneratedRegex("^Alert \\d+: Than Hlaing")]
    private static partial Regex AlertEvidence();
}
