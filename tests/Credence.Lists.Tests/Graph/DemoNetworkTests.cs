using System.Text;
using Credence.Core.Entities;
using Credence.Core.Networks;
using Credence.Lists.Graph;

namespace Credence.Lists.Tests.Graph;

public class DemoNetworkTests
{
    /// <summary>
    /// Stands in for the demo list file (credence-demo.ftm.json, kept in another part of Credence): MEHL and MEC with their US, EU
    /// and UK listings, by the ids the demo network uses. Listing dates follow the designations of March and April 2021.
    /// </summary>
    private const string DemoListStub = """
        {"id": "demo-mehl", "schema": "Company", "properties": {"name": ["Myanma Economic Holdings Public Company Limited"], "alias": ["MEHL"]}}
        {"id": "demo-mec", "schema": "Company", "properties": {"name": ["Myanmar Economic Corporation Limited"], "alias": ["MEC"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["demo-mehl"], "country": ["us"], "authority": ["Office of Foreign Assets Control"], "program": ["BURMA-EO14014"], "startDate": ["2021-03-25"]}}
        {"id": "s2", "schema": "Sanction", "properties": {"entity": ["demo-mehl"], "country": ["gb"], "authority": ["Foreign, Commonwealth & Development Office"], "program": ["Myanmar"], "startDate": ["2021-03-25"]}}
        {"id": "s3", "schema": "Sanction", "properties": {"entity": ["demo-mehl"], "country": ["eu"], "authority": ["Council of the European Union"], "program": ["MMR"], "startDate": ["2021-04-19"]}}
        {"id": "s4", "schema": "Sanction", "properties": {"entity": ["demo-mec"], "country": ["us"], "authority": ["Office of Foreign Assets Control"], "program": ["BURMA-EO14014"], "startDate": ["2021-03-25"]}}
        {"id": "s5", "schema": "Sanction", "properties": {"entity": ["demo-mec"], "country": ["eu"], "authority": ["Council of the European Union"], "program": ["MMR"], "startDate": ["2021-04-19"]}}
        """;

    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Read_DemoNetwork_HasNoDiagnosticsAndOnlyTheTwoListReferencesAsPlaceholders()
    {
        var builder = new NetworkGraphBuilder();
        using var stream = DemoNetwork.Open();
        var result = new FtmGraphReader().Read(stream, DemoNetwork.FileName, builder);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.Nodes >= 15);
        Assert.True(result.Edges >= 20);
        var graph = builder.Build();
        Assert.Equal(["demo-mec", "demo-mehl"], graph.Nodes.Where(n => n.IsPlaceholder).Select(n => n.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Exposure_MyanmarBreweryToday_BlockedUnderEveryRegimeThroughMehl()
    {
        var result = Analyzer().Exposure("demo-myanmar-brewery", Today)!;
        foreach (var regime in new[] { "OFAC", "EU", "UK" })
        {
            var r = result.Regime(regime)!;
            Assert.True(r.Blocked, regime);
            Assert.Equal(ExposureBasis.Ownership, r.Basis);
            Assert.Equal(1.0, r.Aggregate, 9);
            var path = Assert.Single(r.Paths);
            Assert.Equal(new OwnershipStep("demo-mehl", "demo-myanmar-brewery", EdgeType.Ownership, 100), Assert.Single(path.Steps));
        }
        Assert.Equal(1.0, result.EffectiveOwnership, 9);
        Assert.Equal("Myanma Economic Holdings Public Company Limited (listed by EU, US and UK) owns 100% of Myanmar Brewery Limited.",
            result.Regime("OFAC")!.Paths[0].Explanation);
    }

    [Fact]
    public void Exposure_MyanmarBreweryIn2021_JointVentureAt49PercentIsNotBlocked()
    {
        var ofac = Analyzer().Exposure("demo-myanmar-brewery", new DateOnly(2021, 6, 1))!.Regime("OFAC")!;
        Assert.False(ofac.Blocked);
        Assert.Equal(0.49, ofac.Aggregate, 9);
    }

    [Fact]
    public void Exposure_MyanmarBreweryIn2020_BeforeMehlWasListed_HasNoExposure()
    {
        var result = Analyzer().Exposure("demo-myanmar-brewery", new DateOnly(2020, 6, 1))!;
        Assert.All(result.Regimes, r => Assert.Equal(0, r.Aggregate));
        Assert.Equal(0, result.EffectiveOwnership);
    }

    [Fact]
    public void Exposure_PoscoJointVentureToday_ThirtyPercentIsNotBlocked()
    {
        var result = Analyzer().Exposure("demo-myanmar-posco-cc", Today)!;
        Assert.All(result.Regimes, r =>
        {
            Assert.False(r.Blocked);
            Assert.Equal(0.30, r.Aggregate, 9);
        });
        Assert.Equal(0.30, result.EffectiveOwnership, 9);
    }

    [Fact]
    public void Exposure_SubsidiariesWithUnpublishedShares_AreWarnedNotGuessed()
    {
        var analyzer = Analyzer();
        var bank = analyzer.Exposure("demo-myawaddy-bank", Today)!;
        Assert.False(bank.Regime("OFAC")!.Blocked);
        Assert.Contains(bank.Warnings, w => w.Code == NetworkWarningCodes.MissingPercentage && w.EntityId == "demo-myawaddy-bank");
        var mytel = analyzer.Exposure("demo-mytel", Today)!;
        Assert.False(mytel.Regime("OFAC")!.Blocked);
        Assert.Contains(mytel.Warnings, w => w.Code == NetworkWarningCodes.MissingPercentage && w.EntityId == "demo-star-high");
    }

    [Fact]
    public void Exposure_Mehl_IsListedAndPartlyOwnedByMilitaryUnits()
    {
        var result = Analyzer().Exposure("demo-mehl", Today)!;
        Assert.Equal(ExposureBasis.Listed, result.Regime("OFAC")!.Basis);
        Assert.Equal(0, result.Regime("OFAC")!.Aggregate);
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.MissingPercentage && w.Message.Contains("Directorate of Defence Procurement", StringComparison.Ordinal));
        // The Directorate is on the SDN list, but its share is unknown: only the listed-owner share that is stated counts.
        Assert.Equal(0, result.EffectiveOwnership);
    }

    [Fact]
    public void ShortestPath_SanctionedLogisticsCompanyToBrewery_IsExplained()
    {
        var path = Graph().ShortestPath("demo-ktsl", "demo-myanmar-brewery", new PathQuery { At = Today })!;
        Assert.Equal(2, path.Steps.Count);
        Assert.Equal("KT Services & Logistics (KTSL) Company Limited (listed by US) is an associate (Linked To (OFAC remarks)) of Myanma Economic Holdings Public Company Limited (listed by EU, US and UK), which owns 100% of Myanmar Brewery Limited.", path.Explanation);
    }

    [Fact]
    public void Neighbourhood_MehlTwoHopsOfOwnership_FindsSubsidiariesAndShareholders()
    {
        var around = Graph().Neighbourhood("demo-mehl", new NeighbourhoodQuery { MaxHops = 2, EdgeTypes = [EdgeType.Ownership], At = Today })!;
        var ids = around.Nodes.Select(n => n.Node.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "demo-myanmar-brewery", "demo-mandalay-brewery", "demo-myawaddy-bank", "demo-myanmar-posco-cc", "demo-military-units", "demo-ddp", "demo-posco-cc" }, ids);
        Assert.DoesNotContain("demo-kirin-sg", ids);
    }

    [Fact]
    public void Format_MyanmarBreweryToday_ReadsAsAReport()
    {
        var graph = Graph();
        var text = ExposureText.Format(new ExposureAnalyzer(graph).Exposure("demo-myanmar-brewery", Today)!, graph);
        Assert.Equal(
            """
            Myanmar Brewery Limited (demo-myanmar-brewery) on 2025-06-01: listed parties own 100% economically.
            OFAC: blocked: owned by listed parties; counted share 100%.
              - 100%: Myanma Economic Holdings Public Company Limited (listed by EU, US and UK) owns 100% of Myanmar Brewery Limited.
            EU: blocked: owned by listed parties; counted share 100%.
              - 100%: Myanma Economic Holdings Public Company Limited (listed by EU, US and UK) owns 100% of Myanmar Brewery Limited.
            UK: blocked: owned by listed parties; counted share 100%.
              - 100%: Myanma Economic Holdings Public Company Limited (listed by EU, US and UK) owns 100% of Myanmar Brewery Limited.
            Warnings:
              - missing-percentage: Ownership of Myanma Economic Holdings Public Company Limited (demo-mehl) by Directorate of Defence Procurement (demo-ddp) states no percentage; it is not counted.

            """.ReplaceLineEndings(), text.ReplaceLineEndings());
    }

    [Fact]
    public void Read_ByFileName_ChoosesTheCsvOrTheFtmReader()
    {
        var builder = new NetworkGraphBuilder();
        GraphFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(DemoListStub)), "list.ftm.json", builder);
        GraphFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("from_id,to_id,type,percentage\ndemo-mehl,x,Ownership,60\n")), "more.CSV", builder);
        var result = new ExposureAnalyzer(builder.Build()).Exposure("x", Today)!;
        Assert.True(result.Regime("OFAC")!.Blocked);
    }

    private static ExposureAnalyzer Analyzer() => new(Graph());

    private static NetworkGraph Graph()
    {
        var builder = new NetworkGraphBuilder();
        var reader = new FtmGraphReader();
        var stub = reader.Read(new MemoryStream(Encoding.UTF8.GetBytes(DemoListStub)), "demo-list-stub.ftm.json", builder);
        Assert.DoesNotContain(stub.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        using var stream = DemoNetwork.Open();
        reader.Read(stream, DemoNetwork.FileName, builder);
        return builder.Build();
    }
}
