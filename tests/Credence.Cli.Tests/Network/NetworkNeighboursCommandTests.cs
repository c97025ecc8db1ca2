using System.Text.Json;
using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests.Network;

public sealed class NetworkNeighboursCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Neighbours_Json_HasTheDocumentedShape()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "neighbours", "a", "--graph", graph, "--hops", "1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["entityId", "name", "at", "hops", "truncated", "nodes", "edges"], Names(root));
        Assert.Equal("2026-03-01", root.GetProperty("at").GetString());
        Assert.Equal(1, root.GetProperty("hops").GetInt32());
        Assert.False(root.GetProperty("truncated").GetBoolean());
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(nodes, n => Assert.Equal(["entityId", "name", "distance", "listedBy", "explanation", "steps"], Names(n)));
        Assert.Equal(["c", "p", "t", "x"], nodes.Select(n => n.GetProperty("entityId").GetString()).Order(StringComparer.Ordinal));
        var x = nodes.Single(n => n.GetProperty("entityId").GetString() == "x");
        Assert.Equal(["us", "eu", "gb"], x.GetProperty("listedBy").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("A Holdings is 60% owned by Xavier Listed, listed by EU, US and UK.", x.GetProperty("explanation").GetString());
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.All(edges, e => Assert.Equal(["from", "to", "type", "percentage", "role", "start", "end", "source"], Names(e)));
        Assert.Contains(edges, e => e.GetProperty("from").GetString() == "x" && e.GetProperty("to").GetString() == "a" && e.GetProperty("percentage").GetDouble() == 60);
    }

    [Fact]
    public async Task Neighbours_TypesAndHops_FollowOnlyThoseLinksThatFar()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var ownership = await _sandbox.RunAsync("network", "neighbours", "x", "--graph", graph, "--types", "ownership", "--hops", "2", "--json");
        var directors = await _sandbox.RunAsync("network", "neighbours", "a", "--graph", graph, "--types", "Directorship", "--json");

        Assert.True(ownership.ExitCode == 0, ownership.ToString());
        // Two ownership links from X, today: A and B, then T and C below them. G's ownership ended in 2020; P is a director, not an owner.
        Assert.Equal(["a:1", "b:1", "c:2", "t:2"], NodeDistances(ownership.Out));
        Assert.Equal(["p:1"], NodeDistances(directors.Out));
    }

    [Fact]
    public async Task Neighbours_At_IncludesLinksInForceThatDay()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "neighbours", "x", "--graph", graph, "--hops", "1", "--at", "2020-06-01", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["a:1", "b:1", "g:1"], NodeDistances(result.Out));
    }

    [Fact]
    public async Task Neighbours_DemoText_ListsTheSubsidiariesWithTheirPaths()
    {
        var result = await _sandbox.RunAsync("network", "neighbours", "demo-mehl", "--types", "ownership", "--hops", "1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("built-in demo graph", result.Err, StringComparison.Ordinal);
        Assert.StartsWith("Myanma Economic Holdings Public Company Limited (demo-mehl): 6 entities within 1 link on 2026-03-01, following Ownership links.",
            result.Out, StringComparison.Ordinal);
        Assert.Contains("  [1] Myanmar Brewery Limited (demo-myanmar-brewery)", result.Out, StringComparison.Ordinal);
        Assert.Contains("owns 30% of Myanmar POSCO C&C Company Limited.", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown_link,associate")]
    [InlineData("UnknownLink, Associate")]
    [InlineData("unknown-link")]
    public async Task Neighbours_TypeNamesInAnyCaseOrSnakeCase_Parsed(string types)
    {
        var result = await _sandbox.RunAsync("network", "neighbours", "demo-mehl", "--types", types, "--hops", "1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = types.Contains("ssociate", StringComparison.Ordinal) ? new[] { "demo-ktsl:1", "demo-tatmadaw:1" } : ["demo-tatmadaw:1"];
        Assert.Equal(expected, NodeDistances(result.Out));
    }

    [Fact]
    public async Task Neighbours_AmericanSpelling_IsTheSameCommand()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "neighbors", "a", "--graph", graph, "--types", "directorship", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["p:1"], NodeDistances(result.Out));
    }

    private static List<string> NodeDistances(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("nodes").EnumerateArray()
            .Select(n => $"{n.GetProperty("entityId").GetString()}:{n.GetProperty("distance").GetInt32()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
