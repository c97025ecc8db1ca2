using System.Diagnostics;
using System.Text.Json;
using Credence.Cli.Tests.Support;
using Credence.TestSupport;

namespace Credence.Cli.Tests.Update;

/// <summary><c>lists update</c> against a server on 127.0.0.1; nothing here reaches the internet.</summary>
public sealed class ListsUpdateCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static byte[] ConsolidatedXml() =>
        File.ReadAllBytes(SharedData.Path("data", "ofac", "consolidated_non_sdn_xml_2025-03-28", "consolidated.xml"));

    [SharedDataFact]
    public async Task Update_ServerHasTheList_ImportsItAsActive()
    {
        var body = ConsolidatedXml();
        await using var server = new LocalHttpServer((_, _) => LocalHttpServer.Answer.Ok(body));

        var result = await UpdateAsync(server, "ofac-cons", "CONSOLIDATED.XML");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("443 entities", result.Out, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
        Assert.Equal("ofac-cons", Assert.Single(await ActiveAsync()).Source);
    }

    [SharedDataFact]
    public async Task Update_ServerFailsOnceThenAnswers_RetriesAndImports()
    {
        var body = ConsolidatedXml();
        await using var server = new LocalHttpServer((_, n) =>
            n == 1 ? LocalHttpServer.Answer.Text(500, "try again") : LocalHttpServer.Answer.Ok(body));

        var result = await UpdateAsync(server, "ofac-cons", "CONSOLIDATED.XML");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, server.Requests);
        Assert.Equal(443, Assert.Single(await ActiveAsync()).Entities);
    }

    [Fact]
    public async Task Update_ServerAlwaysFails_GivesUpAfterRetriesAndKeepsActive()
    {
        var previous = await _sandbox.SeedAsync("ofac-cons", "Ivan Sidorov");
        await using var server = new LocalHttpServer((_, _) => LocalHttpServer.Answer.Text(503, "down"));

        var result = await UpdateAsync(server, "ofac-cons", "CONSOLIDATED.XML");

        Assert.Equal(1, result.ExitCode);
        Assert.True(server.Requests == 3, result.ToString());
        Assert.Contains("update of ofac-cons failed", result.Err, StringComparison.Ordinal);
        Assert.Contains("503", result.Err, StringComparison.Ordinal);
        Assert.Equal(previous, Assert.Single(await ActiveAsync()).Id);
    }

    [Fact]
    public async Task Update_NotFound_IsNotRetried()
    {
        await using var server = new LocalHttpServer((_, _) => LocalHttpServer.Answer.Text(404, "no such list"));

        var result = await UpdateAsync(server, "un-sc", "consolidated.xml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(1, server.Requests);
        Assert.Contains("404", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ServerNeverAnswers_TimesOutAndKeepsActive()
    {
        var previous = await _sandbox.SeedAsync("un-sc", "Ivan Sidorov");
        await using var server = new LocalHttpServer((_, _) => null);
        var clock = Stopwatch.StartNew();

        var result = await UpdateAsync(server, "un-sc", "consolidated.xml");

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.Err.Contains("timeout", StringComparison.OrdinalIgnoreCase), result.ToString());
        Assert.Equal(3, server.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), clock.Elapsed.ToString());
        Assert.Equal(previous, Assert.Single(await ActiveAsync()).Id);
    }

    [Fact]
    public async Task Update_BrokenFile_SaysWhyAndKeepsActive()
    {
        var previous = await _sandbox.SeedAsync("ofac-cons", "Ivan Sidorov");
        var truncated = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sdnList xmlns=\"http://tempuri.org/sdnList.xsd\"><publshInformation><Publish_Date>03/28/2025</Publish_Date>"u8.ToArray();
        await using var server = new LocalHttpServer((_, _) => LocalHttpServer.Answer.Ok(truncated));

        var result = await UpdateAsync(server, "ofac-cons", "CONSOLIDATED.XML");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("ofac-cons", result.Err, StringComparison.Ordinal);
        Assert.Contains("failed", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.Equal(previous, Assert.Single(await ActiveAsync()).Id);
        var status = await _sandbox.RunAsync("lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        var latest = json.RootElement.GetProperty("history").EnumerateArray().First();
        Assert.Equal("Failed", latest.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(latest.GetProperty("failureReason").GetString()));
    }

    private Task<CliResult> UpdateAsync(LocalHttpServer server, string source, string file)
    {
        var config = _sandbox.Write("update.json", $$"""
            {
              "sources": { "{{source}}": "{{server.Url(file)}}" },
              "attemptTimeoutSeconds": 0.5,
              "totalTimeoutSeconds": 20,
              "retries": 2,
              "retryDelaySeconds": 0.05,
              "downloadTimeoutSeconds": 20
            }
            """);
        return _sandbox.RunAsync("lists", "update", "--source", source, "--config", config);
    }

    private async Task<List<(long Id, string Source, int Entities)>> ActiveAsync()
    {
        var status = await _sandbox.RunAsync("lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        return [.. json.RootElement.GetProperty("active").EnumerateArray()
            .Select(a => (a.GetProperty("id").GetInt64(), a.GetProperty("source").GetString()!, a.GetProperty("entityCount").GetInt32()))];
    }
}
