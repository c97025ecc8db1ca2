using System.Text.RegularExpressions;
using Credence.Store.Data;
using Microsoft.Playwright;

namespace Credence.Web.Tests.Browser;

/// <summary>The screener's and reviewer's everyday flows, in a real browser against the real server.</summary>
public sealed partial class ScreeningBrowserTests : IClassFixture<BrowserServer>
{
    private readonly BrowserServer _server;

    public ScreeningBrowserTests(BrowserServer server)
    {
        _server = server;
    }

    [BrowserFact]
    public async Task ScreenAName_ShowsTheHitAndItsExplanation()
    {
        var page = await _server.NewPageAsync();
        await _server.SignInAsync(page, CredenceRoles.Screener);

        await page.GetByRole(AriaRole.Link, new() { Name = "Screen", Exact = true }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("HLAING, Min Aung");
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Hits for" });
        await Assertions.Expect(table.GetByRole(AriaRole.Link, new() { Name = "MIN AUNG HLAING", Exact = false }).First).ToBeVisibleAsync();
        var explanation = page.Locator("section.explanation").First;
        await Assertions.Expect(explanation).ToContainTextAsync("met list name");
        await Assertions.Expect(explanation.GetByRole(AriaRole.Table).Filter(new() { HasText = "Token alignment" })).ToContainTextAsync("hlaing");
    }

    [BrowserFact]
    public async Task ReviewAsFalsePositive_ThenScreenAgain_ShowsTheHitSuppressed()
    {
        var page = await _server.NewPageAsync();
        await _server.SignInAsync(page, CredenceRoles.Admin);
        // A subject of its own (the date of birth is part of the subject key), so no other test's decision interferes.
        await ScreenAsync(page, "Soe Win", "1960-03-01");
        var alertLink = page.Locator("a.badge.alert").First;
        await Assertions.Expect(alertLink).ToBeVisibleAsync();
        var alertText = await alertLink.InnerTextAsync();

        await alertLink.ClickAsync();
        await page.GetByLabel(new Regex("^False positive")).CheckAsync();
        await page.GetByLabel("Reason (required)").FillAsync("Born 1960 in Yangon; the listed Soe Win was born 1960-10-10. Different person.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Decisions" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("False positive");

        await ScreenAsync(page, "Soe Win", "1960-03-01");

        var suppressed = page.Locator("a.badge.suppressed").First;
        await Assertions.Expect(suppressed).ToBeVisibleAsync();
        await Assertions.Expect(suppressed).ToContainTextAsync(AlertNumber().Match(alertText).Value);
    }

    [BrowserFact]
    public async Task UploadABatch_ThenDownloadItsResults()
    {
        var page = await _server.NewPageAsync();
        await _server.SignInAsync(page, CredenceRoles.Screener);
        var csv = "name,dob,country\r\nThan Hlaing,,mm\r\nJane Example Nobody,1990-01-01,fr\r\n,1980,de\r\nMyanma Economic Holdings,,\r\n";

        await page.GotoAsync("/batch");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "delegates.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and screen" }).ClickAsync();

        var progress = page.Locator("#batch-progress");
        await Assertions.Expect(progress).ToContainTextAsync("Status: completed", new() { Timeout = 30_000 });
        await Assertions.Expect(progress).ToContainTextAsync("4 of 4 rows processed");
        await Assertions.Expect(progress).ToContainTextAsync("1 could not be screened");
        var download = await page.RunAndWaitForDownloadAsync(() => progress.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path);

        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.Contains("Than Hlaing", StringComparison.Ordinal) && l.Contains("hit", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Jane Example Nobody", StringComparison.Ordinal) && l.Contains("clear", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("3,", StringComparison.Ordinal) && l.Contains("error", StringComparison.Ordinal));
    }

    private static async Task ScreenAsync(IPage page, string name, string birthDate)
    {
        await page.GotoAsync("/screen");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Date of birth or incorporation").FillAsync(birthDate);
        await page.GetByRole(AriaRole.Button, new() { Name = "Screen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table).Filter(new() { HasText = "Hits for" })).ToBeVisibleAsync();
    }

    [GeneratedRegex("#[0-9]+")]
    private static partial Regex AlertNumber();
}
