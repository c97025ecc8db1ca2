using System.Text.Json;
using Credence.Cli.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Credence.Cli.Tests.Network;

public sealed class NetworkExposureCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Exposure_DemoSubsidiaryWithoutGraph_FlaggedUnderEveryRegimeWithItsPath()
    {
        var result = await _sandbox.RunAsync("network", "exposure", "demo-myanmar-brewery");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("built-in demo graph", result.Err, StringComparison.Ordinal);
        Assert.StartsWith("Myanmar Brewery Limited (demo-myanmar-brewery) on 2026-03-01: listed parties own 100% economically.", result.Out, StringComparison.Ordinal);
        foreach (var regime in new[] { "OFAC", "EU", "UK" })
            Assert.Contains($"{regime}: blocked: owned by listed parties; counted share 100%.", result.Out, StringComparison.Ordinal);
        Assert.Contains(
            "  - 100%: Myanma Economic Holdings Public Company Limited (listed by EU, US, UK and Canada) owns 100% of Myanmar Brewery Limited.",
            result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exposure_DemoSubsidiaryJson_BlockedWithThePathFromMehl()
    {
        var result = await _sandbox.RunAsync("network", "exposure", "demo-myanmar-brewery", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var ofac = Regime(json.RootElement, "OFAC");
        Assert.True(ofac.GetProperty("blocked").GetBoolean());
        Assert.Equal(1.0, ofac.GetProperty("aggregate").GetDouble(), 9);
        var step = Assert.Single(Assert.Single(ofac.GetProperty("paths").EnumerateArray()).GetProperty("steps").EnumerateArray());
        Assert.Equal("demo-mehl", step.GetProperty("from").GetString());
        Assert.Equal("demo-myanmar-brewery", step.GetProperty("to").GetString());
        Assert.Equal("Ownership", step.GetProperty("type").GetString());
        Assert.Equal(100, step.GetProperty("percentage").GetDouble());
    }

    [Fact]
    public async Task Exposure_DemoSubsidiaryIn2021_JointVentureAt49PercentNotBlocked()
    {
        var result = await _sandbox.RunAsync("network", "exposure", "demo-myanmar-brewery", "--at", "2021-06-01", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var ofac = Regime(json.RootElement, "OFAC");
        Assert.False(ofac.GetProperty("blocked").GetBoolean());
        Assert.Equal(0.49, ofac.GetProperty("aggregate").GetDouble(), 9);
    }

    [Fact]
    public async Task Exposure_Json_HasExactlyTheIssueShape()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "exposure", "t", "--graph", graph, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Err);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["entityId", "effectiveOwnership", "regimes", "warnings"], Names(root));
        Assert.Equal("t", root.GetProperty("entityId").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        Assert.Equal(["OFAC", "EU", "UK"], root.GetProperty("regimes").EnumerateArray().Select(r => r.GetProperty("regime").GetString()));
        foreach (var regime in root.GetProperty("regimes").EnumerateArray())
        {
            Assert.Equal(["regime", "blocked", "aggregate", "paths"], Names(regime));
            foreach (var path in regime.GetProperty("paths").EnumerateArray())
            {
                Assert.Equal(["share", "steps"], Names(path));
                foreach (var step in path.GetProperty("steps").EnumerateArray()) Assert.Equal(["from", "to", "type", "percentage"], Names(step));
            }
        }
    }

    [Fact]
    public async Task Exposure_Diamond_TwoBlockedOwnersAddUpAndEffectiveOwnershipMultiplies()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "exposure", "t", "--graph", graph, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        // X -60%-> A -30%-> T and X -60%-> B -30%-> T: 0.6 x 0.3 twice.
        Assert.Equal(0.36, json.RootElement.GetProperty("effectiveOwnership").GetDouble(), 9);
        foreach (var name in new[] { "OFAC", "EU", "UK" })
        {
            var regime = Regime(json.RootElement, name);
            Assert.True(regime.GetProperty("blocked").GetBoolean(), name);
            Assert.Equal(0.6, regime.GetProperty("aggregate").GetDouble(), 9);
            var paths = regime.GetProperty("paths").EnumerateArray().ToList();
            Assert.Equal(2, paths.Count);
            Assert.All(paths, p => Assert.Equal(0.18, p.GetProperty("share").GetDouble(), 9));
            Assert.Equal(
                ["x>a>t", "x>b>t"],
                paths.Select(p => "x>" + string.Join(">", p.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("to").GetString()))).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Exposure_CycleBelowBlockedCompany_TerminatesAndSolvesTheCycle()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "exposure", "d", "--graph", graph, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        // E(C) = 0.6 x 0.6 + 0.3 x E(D) and E(D) = 0.6 x E(C): E(D) = 0.216 / 0.82.
        Assert.Equal(0.216 / 0.82, json.RootElement.GetProperty("effectiveOwnership").GetDouble(), 6);
        var ofac = Regime(json.RootElement, "OFAC");
        Assert.True(ofac.GetProperty("blocked").GetBoolean());
        var best = ofac.GetProperty("paths")[0];
        Assert.Equal(0.216, best.GetProperty("share").GetDouble(), 9);
        Assert.Equal(["a", "c", "d"], best.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Exposure_CycleWithNobodyListed_TerminatesNotBlocked()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "exposure", "e", "--graph", graph, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0.0, json.RootElement.GetProperty("effectiveOwnership").GetDouble());
        Assert.All(json.RootElement.GetProperty("regimes").EnumerateArray(), r => Assert.False(r.GetProperty("blocked").GetBoolean()));
    }

    [Fact]
    public async Task Exposure_OwnerListedOnlyByASanctionTopic_CountsForTheRegimeItsProgrammeNames()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "exposure", "z", "--graph", graph, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        // Y has the "sanction" topic and programme id US-TEST, and no Sanction entity: listed by the US only.
        Assert.True(Regime(json.RootElement, "OFAC").GetProperty("blocked").GetBoolean());
        Assert.False(Regime(json.RootElement, "EU").GetProperty("blocked").GetBoolean());
        Assert.False(Regime(json.RootElement, "UK").GetProperty("blocked").GetBoolean());
        Assert.Equal(1.0, json.RootElement.GetProperty("effectiveOwnership").GetDouble(), 9);
    }

    [Theory]
    [InlineData("2020-06-01", true)]
    [InlineData("2020-12-31", true)]
    [InlineData("2021-01-01", false)]
    public async Task Exposure_At_OwnershipCountsOnlyWhileInForce(string at, bool blocked)
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "exposure", "g", "--graph", graph, "--at", at, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(blocked, Regime(json.RootElement, "OFAC").GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public async Task Exposure_WithoutAt_UsesTodayFromTheAppClock()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);
        var clock = new FakeTimeProvider(new DateTimeOffset(2020, 6, 1, 9, 0, 0, TimeSpan.Zero));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await new CredenceApp(clock, _sandbox.Database).InvokeAsync(["network", "exposure", "g", "--graph", graph], output, error);

        Assert.True(code == 0, error.ToString());
        // X's 100% of G ended on 2020-12-31: on the clock's day it still counts.
        Assert.StartsWith("G Former (g) on 2020-06-01: listed parties own 100% economically.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("OFAC: blocked: owned by listed parties", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exposure_FtmAndEdgesCsvTogether_ControlBlocksUnderEuAndUkOnly()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);
        var edges = _sandbox.Write("edges.csv", "from_id,to_id,type,percentage,start,end,source,confidence\nx,k,control,,,,test,\n");

        var result = await _sandbox.RunAsync("network", "exposure", "k", "--graph", graph, edges, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.False(Regime(json.RootElement, "OFAC").GetProperty("blocked").GetBoolean());
        var eu = Regime(json.RootElement, "EU");
        Assert.True(eu.GetProperty("blocked").GetBoolean());
        var path = Assert.Single(eu.GetProperty("paths").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, path.GetProperty("share").ValueKind);
        Assert.Equal("Control", path.GetProperty("steps")[0].GetProperty("type").GetString());
        Assert.True(Regime(json.RootElement, "UK").GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public async Task Exposure_MalformedLines_ReportedWithLineNumbersAndTheCommandGoesOn()
    {
        var lines = NetworkTestGraph.Content.Split('\n').ToList();
        lines.Insert(2, "{this is not json");
        lines.Insert(3, """{"id": "o-bad", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["t"], "percentage": ["250"]}}""");
        var graph = _sandbox.Write("broken.ftm.json", string.Join('\n', lines));

        var result = await _sandbox.RunAsync("network", "exposure", "t", "--graph", graph, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var err = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, err.Length);
        Assert.StartsWith("skipped: broken.ftm.json line 3: ", err[0], StringComparison.Ordinal);
        Assert.StartsWith("warning: broken.ftm.json line 4, percentage: ", err[1], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(Regime(json.RootElement, "OFAC").GetProperty("blocked").GetBoolean());
        // The 250% edge is kept with no percentage, and the exposure says so instead of guessing.
        Assert.Contains(json.RootElement.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "missing-percentage");
    }

    private static JsonElement Regime(JsonElement root, string name) =>
        root.GetProperty("regimes").EnumerateArray().Single(r => r.GetProperty("regime").GetString() == name);

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
