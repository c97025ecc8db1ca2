using System.Text.Json;
using Credence.Cli.Tests.Support;
using Credence.TestSupport;

namespace Credence.Cli.Tests.Commands;

public sealed class ScreenCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private static string ConsolidatedXml => SharedData.Path("data", "ofac", "consolidated_non_sdn_xml_2025-03-28", "consolidated.xml");

    [Fact]
    public async Task Screen_EmptyStore_UsesTheDemoListAndSaysSoOnStderr()
    {
        var result = await _sandbox.RunAsync("screen", "Min Aung Hlaing");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("demo list", result.Err, StringComparison.Ordinal);
        Assert.Contains("Hlaing", result.Out, StringComparison.OrdinalIgnoreCase);
        // The table, then each hit's explanation with its token alignment.
        Assert.Contains("Matched name", result.Out, StringComparison.Ordinal);
        Assert.Contains("#1 ", result.Out, StringComparison.Ordinal);
        Assert.Contains("~ ", result.Out, StringComparison.Ordinal);
        Assert.Contains("weight", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_Json_HasExactlyTheDocumentedShape()
    {
        var result = await _sandbox.RunAsync("screen", "Min Aung Hlaing", "--json", "--dob", "1956", "--country", "Burma");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["query", "snapshots", "hits"], Names(root));
        Assert.Equal("Min Aung Hlaing", root.GetProperty("query").GetProperty("name").GetString());
        Assert.Equal("1956", root.GetProperty("query").GetProperty("dob").GetString());
        var snapshot = Assert.Single(root.GetProperty("snapshots").EnumerateArray());
        Assert.Equal(["source", "published", "sha256", "entities"], Names(snapshot));
        Assert.True(snapshot.GetProperty("entities").GetInt32() > 0);
        var hits = root.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Equal(["entityId", "source", "schema", "name", "matchedName", "score", "programs", "explanation"], Names(hit));
            Assert.InRange(hit.GetProperty("score").GetDouble(), 0.0, 1.0);
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("programs").ValueKind);
            var explanation = hit.GetProperty("explanation");
            Assert.Equal(["queryName", "matchedName", "nameScore", "tokens", "qualifiers", "score", "summary"], Names(explanation));
            Assert.Equal(hit.GetProperty("score").GetDouble(), explanation.GetProperty("score").GetDouble());
        }
        var best = hits[0];
        Assert.Contains("Hlaing", best.GetProperty("matchedName").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(best.GetProperty("explanation").GetProperty("tokens").EnumerateArray());
        Assert.Contains(
            best.GetProperty("explanation").GetProperty("qualifiers").EnumerateArray(),
            q => q.GetProperty("qualifier").GetString() == "dob");
    }

    [Fact]
    public async Task Screen_UnrelatedName_NoHitsExitZero()
    {
        var result = await _sandbox.RunAsync("screen", "Zyxwv Qoplk", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Empty(json.RootElement.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Screen_StoreWithActiveList_ScreensItInsteadOfTheDemo()
    {
        await _sandbox.SeedAsync("custom", "Ivan Petrovich Sidorov", "Acme Smuggling");

        var result = await _sandbox.RunAsync("screen", "Ivan Sidorov", "--json", "--threshold", "0.5");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("demo", result.Err, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        var snapshot = Assert.Single(json.RootElement.GetProperty("snapshots").EnumerateArray());
        Assert.Equal("custom", snapshot.GetProperty("source").GetString());
        Assert.Equal(new string('5', 64), snapshot.GetProperty("sha256").GetString());
        Assert.Equal(2, snapshot.GetProperty("entities").GetInt32());
        var hit = json.RootElement.GetProperty("hits").EnumerateArray().First();
        Assert.Equal("custom:1", hit.GetProperty("entityId").GetString());
        Assert.Equal(["TEST"], hit.GetProperty("programs").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Screen_HighThreshold_DropsWeakerHits()
    {
        await _sandbox.SeedAsync("custom", "Ivan Petrovich Sidorov");

        var loose = await _sandbox.RunAsync("screen", "Ivan Sidorova", "--json", "--threshold", "0.3");
        var strict = await _sandbox.RunAsync("screen", "Ivan Sidorova", "--json", "--threshold", "1");

        using var looseJson = JsonDocument.Parse(loose.Out);
        using var strictJson = JsonDocument.Parse(strict.Out);
        Assert.NotEmpty(looseJson.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Empty(strictJson.RootElement.GetProperty("hits").EnumerateArray());
    }

    [SharedDataFact]
    public async Task Screen_Lists_ScreensTheFileDirectlyWithoutTheStore()
    {
        var result = await _sandbox.RunAsync("screen", "Myanma Oil and Gas Enterprise", "--lists", ConsolidatedXml, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var snapshot = Assert.Single(json.RootElement.GetProperty("snapshots").EnumerateArray());
        Assert.Equal(443, snapshot.GetProperty("entities").GetInt32());
        Assert.Equal(64, snapshot.GetProperty("sha256").GetString()!.Length);
        Assert.Contains(
            json.RootElement.GetProperty("hits").EnumerateArray(),
            h => h.GetProperty("name").GetString()!.Contains("MYANMA OIL AND GAS", StringComparison.OrdinalIgnoreCase));
        Assert.False(File.Exists(_sandbox.Database));
    }

    [Fact]
    public async Task Screen_ListsFileOfUnknownFormat_OneLineExitOne()
    {
        var junk = _sandbox.Write("notes.txt", "Dear diary,\nnothing to see here.\n");

        var result = await _sandbox.RunAsync("screen", "Min Aung Hlaing", "--lists", junk);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("notes.txt", result.Err, StringComparison.Ordinal);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
