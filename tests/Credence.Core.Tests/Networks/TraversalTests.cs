using Credence.Core.Networks;

namespace Credence.Core.Tests.Networks;

public class TraversalTests
{
    // X is a director of Y; Z owns 60% of Y; Z is listed by eu, us, gb; W is X's brother (until 2020); S supplies arms to Z.
    private static NetworkGraph Sample()
    {
        var b = new NetworkGraphBuilder();
        b.AddNode(new NetworkNode { Id = "x", Name = "X Person", Schema = "Person" });
        b.AddNode(new NetworkNode { Id = "y", Name = "Y Ltd", Schema = "Company" });
        b.AddNode(new NetworkNode { Id = "z", Name = "Z Holdings", Schema = "Company", Listings = [new("eu"), new("us"), new("gb")] });
        b.AddNode(new NetworkNode { Id = "w", Name = "W Person", Schema = "Person" });
        b.AddNode(new NetworkNode { Id = "s", Name = "S Arms", Schema = "Company" });
        b.AddEdge(new NetworkEdge("x", "y", EdgeType.Directorship));
        b.AddEdge(new NetworkEdge("z", "y", EdgeType.Ownership) { Percentage = 60 });
        b.AddEdge(new NetworkEdge("w", "x", EdgeType.Family) { Role = "brother", End = new DateOnly(2020, 12, 31) });
        b.AddEdge(new NetworkEdge("s", "z", EdgeType.Supplier) { Role = "arms" });
        return b.Build();
    }

    [Fact]
    public void ShortestPath_DirectorOfOwnedCompany_ExplainsAsTheIssueSays()
    {
        var path = Sample().ShortestPath("x", "z")!;
        Assert.Equal([new PathStep("x", "y", EdgeType.Directorship), new PathStep("z", "y", EdgeType.Ownership)],
            path.Steps.Select(s => new PathStep(s.From, s.To, s.Type)));
        Assert.False(path.Steps[0].Reversed);
        Assert.True(path.Steps[1].Reversed);
        Assert.Equal("X Person is a director of Y Ltd, which is 60% owned by Z Holdings, listed by EU, US and UK.", path.Explanation);
    }

    [Fact]
    public void ShortestPath_Reverse_WalksTheSameEdgesBackwards()
    {
        var path = Sample().ShortestPath("z", "x")!;
        Assert.Equal(["z>y", "x>y"], path.Steps.Select(s => $"{s.From}>{s.To}"));
        Assert.Equal("Z Holdings (listed by EU, US and UK) owns 60% of Y Ltd, which has X Person as a director.", path.Explanation);
    }

    [Fact]
    public void ShortestPath_EdgeTypeFilterExcludesTheOnlyLink_ReturnsNull() =>
        Assert.Null(Sample().ShortestPath("x", "z", new PathQuery { EdgeTypes = [EdgeType.Ownership] }));

    [Fact]
    public void ShortestPath_EdgeEndedBeforeDate_IsNotUsed()
    {
        var graph = Sample();
        Assert.NotNull(graph.ShortestPath("w", "z"));
        Assert.Null(graph.ShortestPath("w", "z", new PathQuery { At = new DateOnly(2024, 1, 1) }));
    }

    [Fact]
    public void ShortestPath_MaxHopsTooShort_ReturnsNull() =>
        Assert.Null(Sample().ShortestPath("w", "s", new PathQuery { MaxHops = 3 }));

    [Fact]
    public void ShortestPath_ChoosesShorterOfTwoRoutes()
    {
        var b = new NetworkGraphBuilder();
        foreach (var (f, t) in new[] { ("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("a", "f"), ("f", "e") })
            b.AddEdge(new NetworkEdge(f, t, EdgeType.Associate));
        var path = b.Build().ShortestPath("a", "e")!;
        Assert.Equal(["a>f", "f>e"], path.Steps.Select(s => $"{s.From}>{s.To}"));
    }

    [Fact]
    public void ShortestPath_SameEntity_IsEmptyPath() => Assert.Empty(Sample().ShortestPath("z", "z")!.Steps);

    [Fact]
    public void ShortestPath_UnknownEntity_ReturnsNull() => Assert.Null(Sample().ShortestPath("x", "nobody"));

    [Fact]
    public void Neighbourhood_TwoHops_FindsNodesWithDistancesAndPaths()
    {
        var result = Sample().Neighbourhood("y", new NeighbourhoodQuery { MaxHops = 2 })!;
        var byId = result.Nodes.ToDictionary(n => n.Node.Id);
        Assert.Equal(["x", "z", "w", "s"], result.Nodes.Select(n => n.Node.Id));
        Assert.Equal(1, byId["x"].Distance);
        Assert.Equal(2, byId["s"].Distance);
        Assert.Equal(["z>y", "s>z"], byId["s"].Path.Steps.Select(s => $"{s.From}>{s.To}"));
        Assert.Equal(4, result.Edges.Count);
        Assert.False(result.Truncated);
    }

    [Fact]
    public void Explain_NeighbourPathToListedParty_ReadsAsASentence()
    {
        var graph = Sample();
        var listed = Assert.Single(graph.Neighbourhood("x")!.Nodes, n => n.Node.IsListedAt(null));
        Assert.Equal("X Person is a director of Y Ltd, which is 60% owned by Z Holdings, listed by EU, US and UK.", graph.Explain("x", listed.Path));
    }

    [Fact]
    public void Neighbourhood_FilteredByTypeAndDate_FollowsOnlyThoseEdges()
    {
        var graph = Sample();
        var owners = graph.Neighbourhood("y", new NeighbourhoodQuery { MaxHops = 3, EdgeTypes = [EdgeType.Ownership, EdgeType.Supplier] })!;
        Assert.Equal(["z", "s"], owners.Nodes.Select(n => n.Node.Id));
        var today = graph.Neighbourhood("x", new NeighbourhoodQuery { MaxHops = 1, At = new DateOnly(2024, 1, 1) })!;
        Assert.Equal(["y"], today.Nodes.Select(n => n.Node.Id));
    }

    [Fact]
    public void Neighbourhood_Direction_FollowsOnlyThatWay()
    {
        var down = Sample().Neighbourhood("z", new NeighbourhoodQuery { MaxHops = 3, Direction = TraversalDirection.Outgoing })!;
        Assert.Equal(["y"], down.Nodes.Select(n => n.Node.Id));
        var up = Sample().Neighbourhood("z", new NeighbourhoodQuery { MaxHops = 3, Direction = TraversalDirection.Incoming })!;
        Assert.Equal(["s"], up.Nodes.Select(n => n.Node.Id));
    }

    [Fact]
    public void Neighbourhood_MaxNodes_StopsAndSaysSo()
    {
        var b = new NetworkGraphBuilder();
        for (var i = 0; i < 50; i++) b.AddEdge(new NetworkEdge("hub", $"n{i}", EdgeType.Associate));
        var result = b.Build().Neighbourhood("hub", new NeighbourhoodQuery { MaxNodes = 10 })!;
        Assert.Equal(10, result.Nodes.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public void Neighbourhood_Cycle_VisitsEachNodeOnce()
    {
        var b = new NetworkGraphBuilder();
        b.AddEdge(new NetworkEdge("a", "b", EdgeType.Ownership) { Percentage = 50 });
        b.AddEdge(new NetworkEdge("b", "c", EdgeType.Ownership) { Percentage = 50 });
        b.AddEdge(new NetworkEdge("c", "a", EdgeType.Ownership) { Percentage = 50 });
        var result = b.Build().Neighbourhood("a", new NeighbourhoodQuery { MaxHops = 10 })!;
        Assert.Equal(["b", "c"], result.Nodes.Select(n => n.Node.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(11, 10)]
    [InlineData(2, 0)]
    public void Neighbourhood_BoundsOutOfRange_Throw(int hops, int maxNodes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sample().Neighbourhood("x", new NeighbourhoodQuery { MaxHops = hops, MaxNodes = maxNodes }));

    [Fact]
    public void Neighbourhood_UnknownEntity_ReturnsNull() => Assert.Null(Sample().Neighbourhood("nobody"));
}
