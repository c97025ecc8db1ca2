using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Credence.Web.Tests.Browser;

/// <summary>
/// The real server on a free loopback port (Kestrel, not the in-memory test server) and a headless Chromium driven by
/// Playwright, shared by the browser tests of one class. Each test opens its own browser context, so cookies never leak
/// between tests.
/// </summary>
public sealed class BrowserServer : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>Debian's Chromium, or CREDENCE_CHROMIUM; null when neither exists.</summary>
    public static string? ChromiumPath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("CREDENCE_CHROMIUM");
            if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
            return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        }
    }

    public CredenceWebFactory Factory { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (ChromiumPath is null) return;
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root in a container Chromium needs --no-sandbox; the rest keep it from calling out to a network it cannot reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A fresh browser context and page, with the server as base URL.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new user of <paramref name="role"/>, signed in through the login form on <paramref name="page"/>.</summary>
    public async Task<string> SignInAsync(IPage page, string role)
    {
        var (name, password) = await Factory.CreateUserAsync(role);
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return name;
    }

    /// <summary>An API key for calls the test makes beside the browser.</summary>
    public async Task<string> KeyAsync(string role = CredenceRoles.Admin)
    {
        using var scope = Factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ApiKeyAdministration>().AddAsync($"browser-{Guid.NewGuid():N}", role, "test");
        return result.Secret!;
    }
}
