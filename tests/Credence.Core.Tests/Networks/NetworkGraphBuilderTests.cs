using Credence.Core.Entities;
using Credence.Core.Networks;

namespace Credence.Core.Tests.Networks;

public class NetworkGraphBuilderTests
{
    [Fact]
    public void Build_SameNodeFromTwoSources_MergesNamesIdentifiersAndListings()
    {
        var b = new NetworkGraphBuilder();
        b.AddEdge(new NetworkEdge("m", "n", EdgeType.Ownership) { Percentage = 100 });
        b.AddNode(new NetworkNode { Id = "m", Name = "MEHL", Identifiers = [new EntityIdentifier("Registration Number", "156387282", "mm")] });
        b.AddNode(new NetworkNode { Id = "m", Name = "Myanma Economic Holdings", Schema = "Company", Listings = [new NodeListing("us", "BURMA-EO14014")] });
        b.AddListing("m", new NodeListing("us", "BURMA-EO14014"));
        b.AddListing("m", new NodeListing("gb"));
        var graph = b.Build();
        var m = graph.FindNode("m")!;
        Assert.Equal("MEHL", m.Name);
        Assert.Equal(["Myanma Economic Holdings"], m.Aliases);
        Assert.Equal("Company", m.Schema);
        Assert.Equal(2, m.Listings.Count);
        Assert.Single(m.Identifiers);
        Assert.False(m.IsPlaceholder);
        Assert.True(graph.FindNode("n")!.IsPlaceholder);
        Assert.Equal("n", graph.FindNode("n")!.Name);
    }

    [Fact]
    public void AddEdge_SameIdTwice_KeepsOne()
    {
        var b = new NetworkGraphBuilder();
        Assert.True(b.AddEdge(new NetworkEdge("a", "b", EdgeType.Family) { Id = "rel-1" }));
        Assert.False(b.AddEdge(new NetworkEdge("a", "b", EdgeType.Family) { Id = "rel-1" }));
        Assert.True(b.AddEdge(new NetworkEdge("a", "b", EdgeType.Family)));
        Assert.Equal(2, b.Build().EdgeCount);
    }

    [Fact]
    public void Build_EdgeRoundTrip_KeepsEveryField()
    {
        var edge = new NetworkEdge("a", "b", EdgeType.Supplier)
        {
            Id = "e1",
            Role = "fuel",
            Start = new DateOnly(2019, 1, 1),
            End = new DateOnly(2021, 2, 1),
            Source = "jfm",
            Confidence = 0.7,
        };
        var b = new NetworkGraphBuilder();
        b.AddEdge(edge);
        var graph = b.Build();
        Assert.Equal(edge, Assert.Single(graph.AllEdges));
        Assert.Equal(edge, Assert.Single(graph.EdgesOf("b", TraversalDirection.Incoming)));
        Assert.Empty(graph.EdgesOf("b", TraversalDirection.Outgoing));
    }

    [Theory]
    [InlineData(-1.0, 1.0)]
    [InlineData(101.0, 1.0)]
    [InlineData(50.0, 1.5)]
    [InlineData(50.0, -0.1)]
    public void AddEdge_ValuesOutOfRange_Throw(double percentage, double confidence) =>
        Assert.Throws<ArgumentException>(() => new NetworkGraphBuilder().AddEdge(
            new NetworkEdge("a", "b", EdgeType.Ownership) { Percentage = percentage, Confidence = confidence }));

    [Fact]
    public void AddEdge_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new NetworkGraphBuilder().AddEdge(
            new NetworkEdge("a", "b", EdgeType.Ownership) { Start = new DateOnly(2020, 1, 2), End = new DateOnly(2020, 1, 1) }));

    [Fact]
    public void FromSanctionEntity_KeepsIdNamesAndOneListingPerAuthorityAndProgramme()
    {
        var entity = new SanctionEntity
        {
            Source = "ofac-sdn",
            SourceId = "31517",
            Schema = EntitySchema.Organization,
            Names = [new EntityName("MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED"), new EntityName("MEHL", Kind: "aka")],
            Programs = ["BURMA-EO14014"],
            Authorities = ["us"],
            ListedOn = new DateOnly(2021, 3, 25),
            Raw = new RawRecordRef("sdn.csv", "line 1"),
        };
        var node = NetworkNode.FromSanctionEntity(entity);
        Assert.Equal("ofac-sdn:31517", node.Id);
        Assert.Equal(["MEHL"], node.Aliases);
        Assert.Equal("Organization", node.Schema);
        Assert.Equal(new NodeListing("us", "BURMA-EO14014", Start: new DateOnly(2021, 3, 25), Source: "ofac-sdn"), Assert.Single(node.Listings));
        Assert.False(node.IsListedAt(new DateOnly(2020, 1, 1)));
        Assert.True(node.IsListedAt(new DateOnly(2022, 1, 1)));
    }
}
