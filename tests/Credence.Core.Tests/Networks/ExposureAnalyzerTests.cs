using System.Text.Json;
using Credence.Core.Networks;

namespace Credence.Core.Tests.Networks;

public class ExposureAnalyzerTests
{
    private static readonly DateOnly At = new(2025, 1, 1);

    [Theory]
    [InlineData("direct", "X:us; X>T 40", 0.40)]
    [InlineData("chain multiplies", "X:us; X>A 40; A>T 50", 0.20)]
    [InlineData("diamond adds both paths", "X:us; X>A 40; X>B 40; A>T 30; B>T 30", 0.24)]
    [InlineData("listed intermediate absorbs its owners", "X:us; A:eu; X>A 50; A>T 50", 0.50)]
    [InlineData("two listed owners add up", "X:us; Y:gb; X>T 30; Y>T 25", 0.55)]
    [InlineData("cycle solved as a fixed point", "X:us; X>A 50; A>B 50; B>A 50; B>T 100", 1.0 / 3)]
    [InlineData("unlisted-only cycle is zero", "A>B 50; B>A 50; B>T 100", 0.0)]
    [InlineData("listing by an authority outside every regime still counts", "X:ua; X>T 70", 0.70)]
    [InlineData("missing percentage contributes nothing", "X:us; X>T ?", 0.0)]
    [InlineData("ended ownership contributes nothing", "X:us; X>T 80 until 2024-12-31", 0.0)]
    public void Exposure_EffectiveOwnership_MultipliesAlongChainsAndAddsAcrossPaths(string @case, string graph, double expected)
    {
        var result = Analyze(graph);
        Assert.True(Math.Abs(expected - result.EffectiveOwnership) < 1e-6, $"{@case}: expected {expected}, got {result.EffectiveOwnership}");
    }

    [Fact]
    public void Exposure_CycleOverHundredPercent_TerminatesWithWarningsAndCapsAtOne()
    {
        var result = new ExposureAnalyzer(GraphSpec.Build("X:us; X>A 50; A>B 100; B>A 100; B>T 100"), new ExposureOptions { MaxIterations = 200 })
            .Exposure("T", At)!;
        Assert.Equal(1.0, result.EffectiveOwnership);
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.NotConverged);
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.OverHundredPercent && w.EntityId == "A");
    }

    [Fact]
    public void Exposure_MissingPercentage_IsWarnedNamingBothParties()
    {
        var result = Analyze("X:us; X>T ?");
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(NetworkWarningCodes.MissingPercentage, warning.Code);
        Assert.Equal("T", warning.EntityId);
        Assert.Contains("Entity X (X)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exposure_HoldingsOverHundredPercent_AreWarnedNotRescaled()
    {
        var result = Analyze("X:us; X>T 60; Y>T 60");
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.OverHundredPercent && w.Message.Contains("120%", StringComparison.Ordinal));
        Assert.Equal(0.60, result.Regime("OFAC")!.Aggregate, 9);
    }

    [Fact]
    public void Exposure_EndedHoldingThatWouldExceedHundred_IsNotWarned()
    {
        var result = Analyze("X:us; X>T 60 until 2024-06-30; Y>T 60");
        Assert.DoesNotContain(result.Warnings, w => w.Code == NetworkWarningCodes.OverHundredPercent);
    }

    [Fact]
    public void Exposure_ChainThroughBlockedEntity_ExplainsPathWithShareAndSteps()
    {
        var ofac = Analyze("X:us,eu,gb; X>A 50; A>T 60").Regime("OFAC")!;
        var path = Assert.Single(ofac.Paths);
        Assert.Equal(0.30, path.Share!.Value, 9);
        Assert.Equal(
            [new OwnershipStep("X", "A", EdgeType.Ownership, 50), new OwnershipStep("A", "T", EdgeType.Ownership, 60)],
            path.Steps);
        Assert.Equal("Entity X (listed by EU, US and UK) owns 50% of Entity A, which owns 60% of Entity T.", path.Explanation);
    }

    [Fact]
    public void Exposure_JointVentureUnderThreshold_ListsContributingPathButDoesNotBlock()
    {
        var ofac = Analyze("X:us; X>T 30; Z>T 70").Regime("OFAC")!;
        Assert.False(ofac.Blocked);
        Assert.Equal(0.30, Assert.Single(ofac.Paths).Share!.Value, 9);
    }

    [Fact]
    public void Exposure_ManyPaths_KeepsLargestAndWarns()
    {
        var spec = string.Join("; ", Enumerable.Range(0, 10).Select(i => $"L{i}:us; L{i}>T {i + 1}"));
        var result = new ExposureAnalyzer(GraphSpec.Build(spec), new ExposureOptions { MaxPaths = 3 }).Exposure("T", At)!;
        var ofac = result.Regime("OFAC")!;
        Assert.Equal([0.10, 0.09, 0.08], ofac.Paths.Select(p => Math.Round(p.Share!.Value, 9)));
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.PathsTruncated);
        Assert.Equal(0.55, ofac.Aggregate, 9);
    }

    [Fact]
    public void Exposure_UpstreamBeyondBound_WarnsAndStillAnswers()
    {
        var spec = "X:us; X>A1 100; " + string.Join("; ", Enumerable.Range(1, 20).Select(i => $"A{i}>A{i + 1} 100")) + "; A21>T 100";
        var result = new ExposureAnalyzer(GraphSpec.Build(spec), new ExposureOptions { MaxUpstreamNodes = 5 }).Exposure("T", At)!;
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.UpstreamTruncated);
        Assert.False(result.Regime("OFAC")!.Blocked);
    }

    [Fact]
    public void Exposure_LongChainWithinBound_BlocksAtTheBottom()
    {
        var spec = "X:us; X>A1 100; " + string.Join("; ", Enumerable.Range(1, 20).Select(i => $"A{i}>A{i + 1} 100")) + "; A21>T 100";
        var result = Analyze(spec);
        var ofac = result.Regime("OFAC")!;
        Assert.True(ofac.Blocked);
        // The chain is 22 edges long, beyond the default explained length of 12: the decision stands, the path is not listed.
        Assert.Empty(ofac.Paths);
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.PathsTruncated);
    }

    [Fact]
    public void Exposure_UnknownEntity_ReturnsNull() =>
        Assert.Null(new ExposureAnalyzer(GraphSpec.Build("X:us")).Exposure("nobody", At));

    [Fact]
    public void Exposure_MinConfidence_IgnoresWeakEdges()
    {
        var builder = new NetworkGraphBuilder();
        builder.AddListing("X", new NodeListing("us"));
        builder.AddEdge(new NetworkEdge("X", "T", EdgeType.Ownership) { Percentage = 80, Confidence = 0.4 });
        var graph = builder.Build();
        Assert.True(new ExposureAnalyzer(graph).Exposure("T", At)!.Regime("OFAC")!.Blocked);
        Assert.False(new ExposureAnalyzer(graph, new ExposureOptions { MinConfidence = 0.5 }).Exposure("T", At)!.Regime("OFAC")!.Blocked);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Constructor_InvalidThreshold_Throws(double threshold) =>
        Assert.Throws<ArgumentException>(() => new ExposureAnalyzer(NetworkGraph.Empty, new ExposureOptions { Regimes = [RegimeRule.Ofac with { Threshold = threshold }] }));

    [Fact]
    public void Constructor_DuplicateRegimeName_Throws() =>
        Assert.Throws<ArgumentException>(() => new ExposureAnalyzer(NetworkGraph.Empty, new ExposureOptions { Regimes = [RegimeRule.Ofac, RegimeRule.Eu with { Name = "OFAC" }] }));

    [Fact]
    public void Exposure_SerialisedWithCamelCase_HasExactlyTheIssueShape()
    {
        var result = Analyze("X:us,eu,gb; X>A 60; A>T 60; Q>T ?");
        var json = JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["entityId", "effectiveOwnership", "regimes", "warnings"], Names(root));
        var regime = root.GetProperty("regimes")[0];
        Assert.Equal(["regime", "blocked", "aggregate", "paths"], Names(regime));
        Assert.Equal("OFAC", regime.GetProperty("regime").GetString());
        var path = regime.GetProperty("paths")[0];
        Assert.Equal(["share", "steps"], Names(path));
        var step = path.GetProperty("steps")[0];
        Assert.Equal(["from", "to", "type", "percentage"], Names(step));
        Assert.Equal("Ownership", step.GetProperty("type").GetString());
        Assert.Equal(60, step.GetProperty("percentage").GetDouble());
        Assert.Equal(["code", "message", "entityId"], Names(root.GetProperty("warnings")[0]));
    }

    [Fact]
    public void ShortestPath_SerialisedWithCamelCase_HasExactlyTheIssueShape()
    {
        var path = GraphSpec.Build("X:us; X>A 60; A>T 60").ShortestPath("X", "T")!;
        var json = JsonSerializer.Serialize(path, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal("""{"steps":[{"from":"X","to":"A","type":"Ownership"},{"from":"A","to":"T","type":"Ownership"}]}""", json);
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static ExposureResult Analyze(string graph) => new ExposureAnalyzer(GraphSpec.Build(graph)).Exposure("T", At)!;
}
