using System.Text;
using Credence.Core.Entities;
using Credence.Core.Networks;
using Credence.Lists.Common;
using Credence.Lists.Graph;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Graph;

public class FtmGraphReaderTests
{
    private const string Cst = "NK-abdzbEBkqyT29GyREbiURZ";
    private const string Zakharov = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private const string Kalashnikov = "NK-nR5AXM9AVPq4pQaSPSaVam";
    private const string NikitaZakharov = "NK-JseaPJctnK9o8wrmz8xmoT";

    [SharedDataFact]
    public void Read_ZalaFixture_ReadsPartiesRelationshipsAndListings()
    {
        var (graph, result) = ReadZala();
        Assert.Equal(17, result.Nodes);
        Assert.Equal(21, result.Edges);
        Assert.Equal(12, result.Skipped);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(17, graph.NodeCount);
        Assert.DoesNotContain(graph.Nodes, n => n.IsPlaceholder);
        var cst = graph.FindNode(Cst)!;
        Assert.Equal("LLC CST", cst.Name);
        Assert.Equal("Company", cst.Schema);
        Assert.Contains(cst.Listings, l => l.Authority == "us" && l.Program == "RUSSIA-EO14024");
        Assert.Contains(cst.Listings, l => l.Authority == SanctionAuthorities.UsExportControl);
        var owners = graph.EdgesOf(Cst, TraversalDirection.Incoming).Where(e => e.Type == EdgeType.Ownership && e.FromId == Zakharov).ToList();
        Assert.Equal([48.0, 50.0, 51.0], owners.Select(e => e.Percentage!.Value).Order());
        Assert.Contains(owners, e => e.Percentage == 48 && e.Start == new DateOnly(2015, 11, 25) && e.End == new DateOnly(2023, 12, 21));
        Assert.Equal("ext_ru_egrul", owners[0].Source);
    }

    [SharedDataFact]
    public void Read_ZalaFixture_SanctionTopicWithoutSanctionEntityListsByProgrammeIds()
    {
        var (graph, _) = ReadZala();
        var codes = graph.FindNode(Kalashnikov)!.Listings.Select(l => l.Authority).ToHashSet();
        Assert.Superset(new HashSet<string> { "us", "eu", "gb", "ca", SanctionAuthorities.UsExportControl }, codes);
    }

    [SharedDataFact]
    public void Exposure_ZalaCstIn2025_OwnedInFullByListedPartiesAfterEndedHoldingsDrop()
    {
        var (graph, _) = ReadZala();
        var result = new ExposureAnalyzer(graph).Exposure(Cst, new DateOnly(2025, 6, 1))!;
        var ofac = result.Regime("OFAC")!;
        Assert.True(ofac.Blocked);
        Assert.Equal(ExposureBasis.Listed, ofac.Basis);
        Assert.Equal(1.0, ofac.Aggregate, 9);
        Assert.Equal(0.51, result.Regime("UK")!.Aggregate, 9);
        Assert.Equal(1.0, result.EffectiveOwnership, 9);
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.MissingPercentage && w.Message.Contains("JSC Kalashnikov Concern", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Warnings, w => w.Code == NetworkWarningCodes.OverHundredPercent);
    }

    [SharedDataFact]
    public void Exposure_ZalaCstIn2023_OverlappingRegistryHoldingsAreWarned()
    {
        var (graph, _) = ReadZala();
        var result = new ExposureAnalyzer(graph).Exposure(Cst, new DateOnly(2023, 1, 1))!;
        Assert.Contains(result.Warnings, w => w.Code == NetworkWarningCodes.OverHundredPercent && w.Message.Contains("201%", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void ShortestPath_ZalaRelativeToCompany_GoesThroughTheListedFather()
    {
        var (graph, _) = ReadZala();
        var path = graph.ShortestPath(NikitaZakharov, Cst)!;
        Assert.Equal(2, path.Steps.Count);
        Assert.Equal(new PathStep(NikitaZakharov, Zakharov, EdgeType.Family), path.Steps[0] with { Role = null, Reversed = false });
        Assert.StartsWith("Nikita Aleksandrovich Zakharov", path.Explanation, StringComparison.Ordinal);
        Assert.Contains("is a relative (Family member of) of Alexander Vyacheslavovich ZAKHAROV (listed by", path.Explanation, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Neighbourhood_ZalaZakharovOneHop_FindsRelativesAndCompanies()
    {
        var (graph, _) = ReadZala();
        var around = graph.Neighbourhood(Zakharov, new NeighbourhoodQuery { MaxHops = 1, EdgeTypes = [EdgeType.Family] })!;
        Assert.Equal(4, around.Nodes.Count);
        Assert.All(around.Nodes, n => Assert.Equal("Person", n.Node.Schema));
    }

    [Fact]
    public void Read_BadLinesInTheMiddle_AreDiagnosedWithLineNumbersAndReadingGoesOn()
    {
        var text = """
            {"id": "a", "schema": "Company", "properties": {"name": ["A Ltd"]}}
            {"id": "b", "schema": "Company", "properties": {"name": ["B Ltd"]
            [1, 2]
            {"schema": "Company", "properties": {"name": ["No Id"]}}
            {"id": "o1", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["c"], "percentage": ["120"], "startDate": ["2020-13-01"]}}
            {"id": "o2", "schema": "Ownership", "properties": {"asset": ["c"]}}
            {"id": "o3", "schema": "Directorship", "properties": {"director": ["a"], "organization": ["a"]}}
            {"id": "c", "schema": "Company", "properties": {"name": ["C Ltd"]}}
            """;
        var (graph, result) = Read(text);
        Assert.Equal(["line 2", "line 3", "line 4", "line 5", "line 5", "line 6", "line 7"], result.Diagnostics.Select(d => d.Location));
        Assert.Equal(DiagnosticSeverity.Error, result.Diagnostics[0].Severity);
        Assert.Equal("percentage", result.Diagnostics[3].Field);
        Assert.Equal(DiagnosticSeverity.Warning, result.Diagnostics[3].Severity);
        var edge = Assert.Single(graph.AllEdges);
        Assert.Null(edge.Percentage);
        Assert.Null(edge.Start);
        Assert.Equal(["a", "c"], graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_FirstLineNotJson_ThrowsListFormatExceptionNamingFileAndLine()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("name,schema\nA,Company\n"));
        Assert.Equal("test.ftm.json", ex.File);
        Assert.StartsWith("line 1", ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverlongLine_IsSkippedWithDiagnostic()
    {
        var huge = "{\"id\": \"big\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + new string('x', 5000) + "\"]}}";
        var text = "{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {\"name\": [\"A\"]}}\n" + huge + "\n{\"id\": \"b\", \"schema\": \"Company\", \"properties\": {\"name\": [\"B\"]}}\n";
        var (graph, result) = Read(text, new FtmGraphReaderOptions { MaxLineChars = 2048 });
        Assert.Equal("line 2", Assert.Single(result.Diagnostics).Location);
        Assert.Equal(2, graph.NodeCount);
    }

    [Fact]
    public void Read_LongName_IsCutWithDiagnostic()
    {
        var text = "{\"id\": \"big\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + new string('x', 5000) + "\"]}}";
        var (graph, result) = Read(text);
        Assert.Equal(4096, graph.FindNode("big")!.Name.Length);
        Assert.Equal("name", Assert.Single(result.Diagnostics).Field);
    }

    [Fact]
    public void Read_InvalidUtf8_IsReplacedAndReported()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Caf_\"]}}\n");
        bytes[Array.IndexOf(bytes, (byte)'_')] = 0xE9;
        var builder = new NetworkGraphBuilder();
        var result = new FtmGraphReader().Read(new MemoryStream(bytes), "test.ftm.json", builder);
        Assert.Contains("not valid UTF-8", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal("Caf\uFFFD", builder.Build().FindNode("a")!.Name);
    }

    [Fact]
    public void Read_DeltaLines_ReadTheWrappedEntitiesAndSkipDeletions()
    {
        var text = """
            {"op": "ADD", "entity": {"id": "a", "schema": "Person", "properties": {"name": ["A"]}}}
            {"op": "DEL", "entity": {"id": "b", "schema": "Person", "properties": {"name": ["B"]}}}
            """;
        var (graph, result) = Read(text);
        Assert.Equal(1, result.Skipped);
        Assert.Equal(["a"], graph.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Read_SanctionAndRelations_MapAuthoritiesDatesAndRoles()
    {
        var text = """
            {"id": "s1", "schema": "Sanction", "properties": {"entity": ["p"], "authority": ["Direction Générale du Trésor"], "country": ["fr"], "programId": ["EU-UKR"], "startDate": ["2022-03"], "endDate": ["2030"]}}
            {"id": "f1", "schema": "Family", "properties": {"person": ["p"], "relative": ["q"], "relationship": ["brother"]}}
            {"id": "r1", "schema": "Representation", "properties": {"agent": ["q"], "client": ["p"]}}
            {"id": "m1", "schema": "Membership", "properties": {"member": ["p"], "organization": ["unit"], "role": ["commander"]}}
            {"id": "x1", "schema": "Passport", "properties": {"holder": ["p"], "number": ["AB123"], "country": ["ru"]}}
            """;
        var (graph, _) = Read(text);
        var p = graph.FindNode("p")!;
        Assert.Equal(new NodeListing("eu", "EU-UKR", "Direction Générale du Trésor", new DateOnly(2022, 3, 1), new DateOnly(2030, 12, 31), "test.ftm.json"), Assert.Single(p.Listings));
        Assert.Equal(new EntityIdentifier("Passport", "AB123", "ru"), Assert.Single(p.Identifiers));
        var edges = graph.AllEdges.ToDictionary(e => e.Id!);
        Assert.Equal((EdgeType.Family, "brother"), (edges["f1"].Type, edges["f1"].Role));
        Assert.Equal((EdgeType.Associate, "representation: agent"), (edges["r1"].Type, edges["r1"].Role));
        Assert.Equal((EdgeType.Membership, "commander"), (edges["m1"].Type, edges["m1"].Role));
    }

    [Theory]
    [InlineData("us", "Office of Foreign Assets Control", "US-RUSHAR", "us")]
    [InlineData("us", "OFAC", null, "us")]
    [InlineData("us", "Entity List (EL) - Bureau of Industry and Security", "US-BIS-EL", SanctionAuthorities.UsExportControl)]
    [InlineData("fr", "Direction Générale du Trésor", "EU-UKR", "eu")]
    [InlineData("be", "Federal Public Service Finance", "EU-UKR", "eu")]
    [InlineData("eu", "Council of the European Union", null, "eu")]
    [InlineData("gb", "Foreign, Commonwealth & Development Office", "GB-RUS", "gb")]
    [InlineData("gb", "The Insolvency Service", null, SanctionAuthorities.UkDisqualification)]
    [InlineData("ca", "Global Affairs Canada", "CA-SEMA", "ca")]
    [InlineData("ch", "State Secretariat for Economic Affairs", "SECO-UKRAINE", "ch")]
    [InlineData("ua", "National Security and Defense Council", "UA-SA1644", "ua")]
    [InlineData("un", null, null, "un")]
    [InlineData(null, null, null, "")]
    public void Code_SanctionIssuer_MapsToAuthorityCode(string? country, string? authority, string? programId, string expected) =>
        Assert.Equal(expected, SanctionAuthorities.Code(country, authority, programId));

    private static (NetworkGraph, GraphReadResult) ReadZala()
    {
        using var stream = File.OpenRead(SharedData.Path("data", "opensanctions", "yente_fixture_zala_entities.ftm.json"));
        var builder = new NetworkGraphBuilder();
        var result = new FtmGraphReader().Read(stream, "yente_fixture_zala_entities.ftm.json", builder);
        return (builder.Build(), result);
    }

    private static (NetworkGraph, GraphReadResult) Read(string text, FtmGraphReaderOptions? options = null)
    {
        var builder = new NetworkGraphBuilder();
        var result = new FtmGraphReader(options).Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.ftm.json", builder);
        return (builder.Build(), result);
    }
}
