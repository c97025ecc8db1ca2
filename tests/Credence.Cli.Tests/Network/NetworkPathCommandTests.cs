using System.Text.Json;
using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests.Network;

public sealed class NetworkPathCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Path_DirectorToListedOwner_ExplainsItInOneSentenceThenTheSteps()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "path", "p", "x", "--graph", graph);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "Paula Director is a director or officer (director) of A Holdings, which is 60% owned by Xavier Listed, listed by EU, US and UK.",
                "Steps:",
                "  1. Paula Director (p) -[Directorship: director]-> A Holdings (a)",
                "  2. Xavier Listed (x) -[Ownership 60%]-> A Holdings (a)",
            ],
            lines);
    }

    [Fact]
    public async Task Path_Json_HasExactlyTheIssueShape()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "path", "p", "x", "--graph", graph, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(["steps"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.All(steps, s => Assert.Equal(["from", "to", "type"], s.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["p>a:Directorship", "x>a:Ownership"], steps.Select(s =>
            $"{s.GetProperty("from").GetString()}>{s.GetProperty("to").GetString()}:{s.GetProperty("type").GetString()}"));
    }

    [Fact]
    public async Task Path_DemoListedAssociateToSubsidiary_GoesThroughMehl()
    {
        var result = await _sandbox.RunAsync("network", "path", "demo-ktsl", "demo-myanmar-brewery");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("built-in demo graph", result.Err, StringComparison.Ordinal);
        Assert.StartsWith(
            "KT Services & Logistics (KTSL) Company Limited (listed by US) is an associate (Linked To (OFAC remarks)) of Myanma Economic Holdings Public Company Limited (listed by EU, US, UK and Canada), which owns 100% of Myanmar Brewery Limited.",
            result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Path_DisconnectedEntities_ExitZeroWithNullStepsAndANote()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var json = await _sandbox.RunAsync("network", "path", "t", "e", "--graph", graph, "--json");
        var text = await _sandbox.RunAsync("network", "path", "t", "e", "--graph", graph);

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("steps").ValueKind);
        Assert.Contains("No path of at most 6 links between T Trading (t) and E Unlisted (e) on 2026-03-01.", json.Err, StringComparison.Ordinal);
        Assert.Equal(0, text.ExitCode);
        Assert.Equal("No path of at most 6 links between T Trading (t) and E Unlisted (e) on 2026-03-01.", text.Out.Trim());
    }

    [Fact]
    public async Task Path_LinkEndedBeforeTheDay_NotUsed()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var before = await _sandbox.RunAsync("network", "path", "g", "x", "--graph", graph, "--at", "2020-06-01", "--json");
        var after = await _sandbox.RunAsync("network", "path", "g", "x", "--graph", graph, "--json");

        using var beforeJson = JsonDocument.Parse(before.Out);
        Assert.Equal(1, beforeJson.RootElement.GetProperty("steps").GetArrayLength());
        using var afterJson = JsonDocument.Parse(after.Out);
        Assert.Equal(JsonValueKind.Null, afterJson.RootElement.GetProperty("steps").ValueKind);
    }

    [Theory]
    [InlineData("1", false)]
    [InlineData("2", true)]
    public async Task Path_Hops_BoundsTheSearch(string hops, bool found)
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "path", "p", "x", "--graph", graph, "--hops", hops, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(found ? JsonValueKind.Array : JsonValueKind.Null, json.RootElement.GetProperty("steps").ValueKind);
    }
}
