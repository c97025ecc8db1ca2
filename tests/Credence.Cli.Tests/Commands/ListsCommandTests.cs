using System.Text.Json;
using Credence.Cli.Tests.Support;
using Credence.TestSupport;

namespace Credence.Cli.Tests.Commands;

public sealed class ListsCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static string ConsolidatedXml => SharedData.Path("data", "ofac", "consolidated_non_sdn_xml_2025-03-28", "consolidated.xml");

    [Fact]
    public async Task Status_EmptyStore_SaysTheDemoListIsUsed()
    {
        var result = await _sandbox.RunAsync("lists", "status");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No active lists", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(_sandbox.Database));
    }

    [Fact]
    public async Task Status_Json_ListsActiveAndHistory()
    {
        await _sandbox.SeedAsync("custom", "Ivan Sidorov");
        await _sandbox.SeedAsync("custom", "Ivan Sidorov", "Anna Petrova");

        var result = await _sandbox.RunAsync("lists", "status", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var active = Assert.Single(json.RootElement.GetProperty("active").EnumerateArray());
        Assert.Equal("custom", active.GetProperty("source").GetString());
        Assert.Equal(2, active.GetProperty("entityCount").GetInt32());
        Assert.Equal("Active", active.GetProperty("status").GetString());
        Assert.Equal("2026-03-01T12:00:00+00:00", active.GetProperty("importedAt").GetString());
        var history = json.RootElement.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()).ToList();
        Assert.Equal(["Active", "Superseded"], history);
    }

    [Fact]
    public async Task Status_Table_ShowsActiveSnapshot()
    {
        await _sandbox.SeedAsync("custom", "Ivan Sidorov");

        var result = await _sandbox.RunAsync("lists", "status", "--db", _sandbox.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Active lists:", result.Out, StringComparison.Ordinal);
        Assert.Contains("custom", result.Out, StringComparison.Ordinal);
        Assert.Contains(new string('5', 64), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownFormat_SaysWhyExitsOneAndKeepsPreviousActive()
    {
        var previous = await _sandbox.SeedAsync("custom", "Ivan Sidorov");
        var junk = _sandbox.Write("junk.bin", "\u0001\u0002 not a list at all \u0003");

        var result = await _sandbox.RunAsync("lists", "import", junk);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("junk.bin", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        var status = await _sandbox.RunAsync("lists", "status", "--json");
        using var json = JsonDocument.Parse(status.Out);
        Assert.Equal(previous, Assert.Single(json.RootElement.GetProperty("active").EnumerateArray()).GetProperty("id").GetInt64());
    }

    [SharedDataFact]
    public async Task Import_RealList_ShowsCountsAndBecomesActive()
    {
        var db = Path.Combine(_sandbox.Folder, "other.db");

        var result = await _sandbox.RunAsync("lists", "import", ConsolidatedXml, "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Imported ofac-cons", result.Out, StringComparison.Ordinal);
        Assert.Contains("443 entities", result.Out, StringComparison.Ordinal);
        Assert.Contains("diagnostics", result.Out, StringComparison.Ordinal);
        Assert.Contains("is active", result.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(db));
        Assert.False(File.Exists(_sandbox.Database));

        var again = await _sandbox.RunAsync("lists", "import", ConsolidatedXml, "--db", db);
        Assert.Contains("replacing #1", again.Out, StringComparison.Ordinal);

        var screen = await _sandbox.RunAsync("screen", "Myanma Oil and Gas Enterprise", "--db", db, "--json");
        using var json = JsonDocument.Parse(screen.Out);
        Assert.Equal("ofac-cons", Assert.Single(json.RootElement.GetProperty("snapshots").EnumerateArray()).GetProperty("source").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("hits").EnumerateArray());
    }
}
