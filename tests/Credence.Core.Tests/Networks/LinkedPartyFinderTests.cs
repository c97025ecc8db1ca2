using Credence.Core.Matching;
using Credence.Core.Networks;
using Credence.Core.Text;

namespace Credence.Core.Tests.Networks;

public sealed class LinkedPartyFinderTests
{
    private static readonly DateOnly At = new(2026, 11, 1);

    // A listed general, a brewery his conglomerate owns 51% of, a 30% joint venture, his son, and a bystander company.
    private static LinkedPartyFinder Finder()
    {
        var builder = new NetworkGraphBuilder();
        builder.AddNode(new NetworkNode { Id = "gen", Name = "Min Aung Hlaing", Schema = "Person" });
        builder.AddListing("gen", new NodeListing("us"));
        builder.AddListing("gen", new NodeListing("eu"));
        builder.AddNode(new NetworkNode { Id = "conglo", Name = "Myanma Economic Holdings", Schema = "Company" });
        builder.AddListing("conglo", new NodeListing("gb"));
        builder.AddNode(new NetworkNode { Id = "brew", Name = "Golden Harvest Brewery", Schema = "Company" });
        builder.AddNode(new NetworkNode { Id = "jv", Name = "Silver River Trading", Schema = "Company" });
        builder.AddNode(new NetworkNode { Id = "son", Name = "Aung Pyae Sone", Schema = "Person" });
        builder.AddNode(new NetworkNode { Id = "other", Name = "Golden Harvest Bakery", Schema = "Company" });
        builder.AddEdge(new NetworkEdge("conglo", "brew", EdgeType.Ownership) { Percentage = 51 });
        builder.AddEdge(new NetworkEdge("conglo", "jv", EdgeType.Ownership) { Percentage = 30 });
        builder.AddEdge(new NetworkEdge("gen", "son", EdgeType.Family) { Role = "son" });
        return LinkedPartyFinder.Build(builder.Build(), new NameNormalizer(new IdentityTransliterator()));
    }

    [Fact]
    public void Find_CompanyOwnedOverHalfByListedParty_IsLinkedUnderItsRegimes()
    {
        var hits = Finder().Find(new ScreeningQuery { Name = "Golden Harvest Brewery" }, At, 0.7);

        var hit = Assert.Single(hits, h => h.Node.Id == "brew");
        Assert.Equal("owned or controlled", hit.Relation);
        Assert.Contains("UK", hit.Regimes);
        Assert.Equal("conglo", hit.ListedParty);
        Assert.True(hit.Score < hit.NameMatch.Score, "a linked hit scores below the same name as a direct hit");
        Assert.InRange(hit.Score, 0.85, 0.9);
    }

    [Fact]
    public void Find_MinorityJointVenture_IsNotLinked()
    {
        var hits = Finder().Find(new ScreeningQuery { Name = "Silver River Trading" }, At, 0.7);

        Assert.Empty(hits);
    }

    [Fact]
    public void Find_RelativeOfListedPerson_IsLinkedAsFamilyWithTheListingAuthorities()
    {
        var hits = Finder().Find(new ScreeningQuery { Name = "Aung Pyae Sone" }, At, 0.7);

        var hit = Assert.Single(hits);
        Assert.Equal("family", hit.Relation);
        Assert.Equal(["us", "eu"], hit.Regimes);
        Assert.Equal("gen", hit.ListedParty);
        Assert.Contains("Min Aung Hlaing", hit.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_SimilarNameWithoutLinks_IsNotLinked()
    {
        var hits = Finder().Find(new ScreeningQuery { Name = "Golden Harvest Bakery" }, At, 0.7);

        Assert.DoesNotContain(hits, h => h.Node.Id == "other");
    }

    [Fact]
    public void Find_ListedPartyItself_IsNotALinkedHit()
    {
        var hits = Finder().Find(new ScreeningQuery { Name = "Min Aung Hlaing" }, At, 0.7);

        Assert.Empty(hits);
    }

    private sealed class IdentityTransliterator : ITransliterator
    {
        public string ToLatin(string text) => text;
    }
}
