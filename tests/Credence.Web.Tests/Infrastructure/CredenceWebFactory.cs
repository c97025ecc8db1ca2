using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Credence.Store.Access;
using Credence.Store.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Web.Tests.Infrastructure;

/// <summary>
/// The server on a store of its own (a temporary SQLite file, with the demo list loaded as on a first start), plus helpers
/// to make users and keys of each role and clients that use them. Clients talk to https://localhost so that the secure
/// session cookie is sent back.
/// </summary>
public sealed partial class CredenceWebFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "credence-web-" + Path.GetRandomFileName());

    public CredenceWebFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The store's file.</summary>
    public string DatabasePath => Path.Combine(_folder, "credence.db");

    /// <summary>Extra settings ("Credence:MaxUploadBytes" and so on), applied before the server starts.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>A client that sends an API key of <paramref name="role"/> (a new key each call).</summary>
    public async Task<HttpClient> ClientWithRoleAsync(string role, bool bearer = false)
    {
        var key = await CreateKeyAsync(role);
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        if (bearer) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        else client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A client with no credentials that does not follow redirects.</summary>
    public HttpClient AnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>Makes an API key of <paramref name="role"/> in the server's store and returns it.</summary>
    public async Task<string> CreateKeyAsync(string role)
    {
        using var scope = Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ApiKeyAdministration>()
            .AddAsync($"test-{role}-{Guid.NewGuid():N}", role, "test");
        Assert.True(result.Succeeded, result.Error);
        return result.Secret!;
    }

    /// <summary>Makes a user of <paramref name="role"/> and returns its name and generated password.</summary>
    public async Task<(string Name, string Password)> CreateUserAsync(string role)
    {
        using var scope = Services.CreateScope();
        var name = $"{role}-{Guid.NewGuid():N}"[..20];
        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync(name, role, "test");
        Assert.True(result.Succeeded, result.Error);
        return (name, result.Secret!);
    }

    /// <summary>A client signed in through the login form as a new user of <paramref name="role"/> (cookies kept).</summary>
    public async Task<HttpClient> SignedInClientAsync(string role)
    {
        var (name, password) = await CreateUserAsync(role);
        var client = AnonymousClient();
        var response = await SignInAsync(client, name, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts the login form (with its anti-forgery token) and returns the answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/login");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Loads <paramref name="page"/> and returns the anti-forgery token of its form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{page} has no anti-forgery token");
        return match.Groups[1].Value;
    }

    /// <summary>A scope on the server's services, for reading the store directly in assertions.</summary>
    public (IServiceScope Scope, CredenceDbContext Db) OpenStore()
    {
        var scope = Services.CreateScope();
        return (scope, scope.ServiceProvider.GetRequiredService<CredenceDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("db", DatabasePath);
        builder.UseSetting("Credence:CorpusRefreshSeconds", "1");
        // Many tests sign in from the one test address; the limit itself has its own test.
        builder.UseSetting("Credence:LoginAttemptsPerMinute", "1000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temporary folder is cleaned by the system.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
