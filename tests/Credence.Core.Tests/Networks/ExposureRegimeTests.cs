using Credence.Core.Networks;

namespace Credence.Core.Tests.Networks;

/// <summary>
/// The aggregation cases of issue 5, one table per regime. Every graph has X and Y listed by us, eu and gb; T is the entity queried on
/// 2025-01-01. Columns: case, graph, blocked, aggregate share the regime counts.
/// </summary>
public class ExposureRegimeTests
{
    private const string Listed = "X:us,eu,gb; Y:us,eu,gb; ";
    private static readonly DateOnly At = new(2025, 1, 1);

    [Theory]
    [InlineData("direct 60%", "X>T 60", true, 0.60)]
    [InlineData("direct exactly 50%", "X>T 50", true, 0.50)]
    [InlineData("direct 49%", "X>T 49", false, 0.49)]
    [InlineData("chain through blocked entity", "X>A 60; A>T 60", true, 0.60)]
    [InlineData("chain 50% then 50%: A blocked, its 50% counts in full", "X>A 50; A>T 50", true, 0.50)]
    [InlineData("chain through unblocked entity does not count", "X>A 40; A>T 100", false, 0.0)]
    [InlineData("diamond through two blocked entities", "X>A 60; X>B 60; A>T 30; B>T 30", true, 0.60)]
    [InlineData("diamond through unblocked entities", "X>A 40; X>B 40; A>T 30; B>T 30", false, 0.0)]
    [InlineData("diamond, one side blocked", "X>A 60; X>B 40; A>T 30; B>T 30", false, 0.30)]
    [InlineData("two listed owners under 50% each, 55% together", "X>T 30; Y>T 25", true, 0.55)]
    [InlineData("two listed owners, exactly 50% together", "X>T 25; Y>T 25", true, 0.50)]
    [InlineData("two listed owners through their subsidiaries", "X>A 60; Y>B 60; A>T 30; B>T 30", true, 0.60)]
    [InlineData("one owner directly and through a subsidiary", "X>A 60; X>T 30; A>T 30", true, 0.60)]
    [InlineData("cycle through blocked entities", "X>A 60; A>B 60; B>A 30; B>T 60", true, 0.60)]
    [InlineData("cycle that would only block itself", "X>A 30; B>A 30; A>B 60; B>T 100", false, 0.0)]
    [InlineData("cycle with no listed party terminates", "A>B 50; B>A 50; B>T 60", false, 0.0)]
    [InlineData("missing percentage is not counted", "X>T ?", false, 0.0)]
    [InlineData("missing percentage beside a stated one", "X>T ?; Y>T 30", false, 0.30)]
    [InlineData("ownership ended before the query date", "X>T 60 until 2024-06-30", false, 0.0)]
    [InlineData("ownership starting after the query date", "X>T 60 from 2025-06-01", false, 0.0)]
    [InlineData("ended holding replaced by a smaller one", "X>T 60 until 2024-06-30; X>T 40", false, 0.40)]
    [InlineData("control alone does not block", "X=>T", false, 0.0)]
    [InlineData("control of the parent does not block the child", "X=>A; A>T 60", false, 0.0)]
    public void Exposure_Ofac_AppliesFiftyPercentRule(string @case, string graph, bool blocked, double aggregate) =>
        AssertRegime(RegimeRule.Ofac, @case, graph, blocked, aggregate);

    [Theory]
    [InlineData("direct 60%", "X>T 60", true, 0.60)]
    [InlineData("direct exactly 50% (50% or more since the 2024 Best Practices)", "X>T 50", true, 0.50)]
    [InlineData("direct 49%", "X>T 49", false, 0.49)]
    [InlineData("chain through owned entity", "X>A 60; A>T 60", true, 0.60)]
    [InlineData("chain 50% then 50%", "X>A 50; A>T 50", true, 0.50)]
    [InlineData("chain through unowned entity does not count", "X>A 40; A>T 100", false, 0.0)]
    [InlineData("diamond through two owned entities", "X>A 60; X>B 60; A>T 30; B>T 30", true, 0.60)]
    [InlineData("diamond through unowned entities", "X>A 40; X>B 40; A>T 30; B>T 30", false, 0.0)]
    [InlineData("two listed owners under 50% each are aggregated", "X>T 30; Y>T 25", true, 0.55)]
    [InlineData("two listed owners, exactly 50% together", "X>T 25; Y>T 25", true, 0.50)]
    [InlineData("two listed owners through their subsidiaries", "X>A 60; Y>B 60; A>T 30; B>T 30", true, 0.60)]
    [InlineData("cycle through owned entities", "X>A 60; A>B 60; B>A 30; B>T 60", true, 0.60)]
    [InlineData("cycle that would only block itself", "X>A 30; B>A 30; A>B 60; B>T 100", false, 0.0)]
    [InlineData("cycle with no listed party terminates", "A>B 50; B>A 50; B>T 60", false, 0.0)]
    [InlineData("missing percentage is not counted", "X>T ?", false, 0.0)]
    [InlineData("ownership ended before the query date", "X>T 60 until 2024-06-30", false, 0.0)]
    [InlineData("ownership starting after the query date", "X>T 60 from 2025-06-01", false, 0.0)]
    [InlineData("control alone is enough", "X=>T", true, 0.0)]
    [InlineData("control of the parent reaches the child it owns", "X=>A; A>T 60", true, 0.60)]
    [InlineData("control ended before the query date", "X=>T until 2024-06-30", false, 0.0)]
    public void Exposure_Eu_AppliesOwnedOrControlled(string @case, string graph, bool blocked, double aggregate) =>
        AssertRegime(RegimeRule.Eu, @case, graph, blocked, aggregate);

    [Theory]
    [InlineData("direct exactly 50% is not more than 50%", "X>T 50", false, 0.50)]
    [InlineData("direct 51%", "X>T 51", true, 0.51)]
    [InlineData("two listed owners, exactly 50% together", "X>T 25; Y>T 25", false, 0.50)]
    [InlineData("two listed owners, 55% together", "X>T 30; Y>T 25", true, 0.55)]
    [InlineData("chain 50% then 50%", "X>A 50; A>T 50", false, 0.0)]
    [InlineData("control alone is enough", "X=>T", true, 0.0)]
    public void Exposure_EuBefore2024_RequiresMoreThanHalf(string @case, string graph, bool blocked, double aggregate) =>
        AssertRegime(RegimeRule.EuBefore2024, @case, graph, blocked, aggregate);

    [Theory]
    [InlineData("direct 60%", "X>T 60", true, 0.60)]
    [InlineData("direct exactly 50% is not more than 50%", "X>T 50", false, 0.50)]
    [InlineData("direct 51%", "X>T 51", true, 0.51)]
    [InlineData("chain through owned entity", "X>A 60; A>T 60", true, 0.60)]
    [InlineData("chain 50% then 50%: A is not owned, so nothing reaches T", "X>A 50; A>T 50", false, 0.0)]
    [InlineData("chain through unowned entity does not count", "X>A 40; A>T 100", false, 0.0)]
    [InlineData("diamond through two owned entities", "X>A 60; X>B 60; A>T 30; B>T 30", true, 0.60)]
    [InlineData("diamond through unowned entities", "X>A 40; X>B 40; A>T 30; B>T 30", false, 0.0)]
    [InlineData("two listed owners under 50% each are not aggregated", "X>T 30; Y>T 25", false, 0.30)]
    [InlineData("two listed owners, exactly 50% together", "X>T 25; Y>T 25", false, 0.25)]
    [InlineData("two listed owners through their subsidiaries", "X>A 60; Y>B 60; A>T 30; B>T 30", false, 0.30)]
    [InlineData("one owner directly and through a subsidiary it owns", "X>A 60; X>T 30; A>T 30", true, 0.60)]
    [InlineData("cycle through owned entities", "X>A 60; A>B 60; B>A 30; B>T 60", true, 0.60)]
    [InlineData("cycle that would only block itself", "X>A 30; B>A 30; A>B 60; B>T 100", false, 0.0)]
    [InlineData("cycle with no listed party terminates", "A>B 50; B>A 50; B>T 60", false, 0.0)]
    [InlineData("missing percentage is not counted", "X>T ?", false, 0.0)]
    [InlineData("ownership ended before the query date", "X>T 60 until 2024-06-30", false, 0.0)]
    [InlineData("ownership starting after the query date", "X>T 60 from 2025-06-01", false, 0.0)]
    [InlineData("control alone is enough", "X=>T", true, 0.0)]
    [InlineData("control of the parent reaches the child it owns", "X=>A; A>T 60", true, 0.60)]
    public void Exposure_Uk_AppliesOwnedOrControlledWithoutAggregation(string @case, string graph, bool blocked, double aggregate) =>
        AssertRegime(RegimeRule.Uk, @case, graph, blocked, aggregate);

    [Theory]
    [InlineData("OFAC", true)]
    [InlineData("EU", false)]
    [InlineData("UK", false)]
    public void Exposure_ListedByOneAuthorityOnly_BlocksUnderItsRegimeOnly(string regime, bool blocked)
    {
        var result = Analyze(new ExposureOptions(), "Z:us; Z>T 60");
        Assert.Equal(blocked, result.Regime(regime)!.Blocked);
    }

    [Fact]
    public void Exposure_ListingEndedBeforeQueryDate_DoesNotBlock()
    {
        var result = Analyze(new ExposureOptions(), "Z:us,eu,gb until 2024-01-01; Z>T 100");
        Assert.All(result.Regimes, r => Assert.False(r.Blocked));
        Assert.Equal(0, result.EffectiveOwnership);
    }

    [Fact]
    public void Exposure_EntityListedItself_IsBlockedWithListedBasis()
    {
        var result = Analyze(new ExposureOptions(), Listed + "T:us,eu,gb");
        Assert.All(result.Regimes, r =>
        {
            Assert.True(r.Blocked);
            Assert.Equal(ExposureBasis.Listed, r.Basis);
        });
    }

    [Fact]
    public void Exposure_ControlUnderEu_ReportsControlBasisAndControlPath()
    {
        var eu = Analyze(new ExposureOptions(), Listed + "X=>T nominee").Regime("EU")!;
        Assert.Equal(ExposureBasis.Control, eu.Basis);
        var path = Assert.Single(eu.Paths);
        Assert.Null(path.Share);
        Assert.Equal(new OwnershipStep("X", "T", EdgeType.Control, null), Assert.Single(path.Steps));
    }

    [Fact]
    public void Exposure_CustomRegimeMappedFromAuthority_IsReported()
    {
        var options = new ExposureOptions
        {
            Regimes = [RegimeRule.Ofac, RegimeRule.Uk with { Name = "CA", Basis = "test" }],
            AuthorityRegimes = new Dictionary<string, string>(StringComparer.Ordinal) { ["us"] = "OFAC", ["ca"] = "CA" },
        };
        var result = Analyze(options, "Z:ca; Z>T 75");
        Assert.Equal(["OFAC", "CA"], result.Regimes.Select(r => r.Regime));
        Assert.False(result.Regime("OFAC")!.Blocked);
        Assert.True(result.Regime("CA")!.Blocked);
    }

    private static void AssertRegime(RegimeRule rule, string @case, string graph, bool blocked, double aggregate)
    {
        var options = new ExposureOptions { Regimes = [rule], AuthorityRegimes = new Dictionary<string, string>(StringComparer.Ordinal) { ["us"] = rule.Name, ["eu"] = rule.Name, ["gb"] = rule.Name } };
        var result = Analyze(options, Listed + graph).Regimes[0];
        Assert.True(blocked == result.Blocked, $"{rule.Name}, {@case}: expected blocked={blocked}, got {result.Blocked}");
        Assert.True(Math.Abs(aggregate - result.Aggregate) < 1e-9, $"{rule.Name}, {@case}: expected aggregate {aggregate}, got {result.Aggregate}");
        if (blocked) Assert.NotEqual(ExposureBasis.None, result.Basis);
        else Assert.Equal(ExposureBasis.None, result.Basis);
    }

    private static ExposureResult Analyze(ExposureOptions options, string graph) =>
        new ExposureAnalyzer(GraphSpec.Build(graph), options).Exposure("T", At)!;
}
