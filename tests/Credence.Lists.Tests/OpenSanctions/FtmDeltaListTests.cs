using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.OpenSanctions;
using Credence.Lists.Tests.Common;

namespace Credence.Lists.Tests.OpenSanctions;

public sealed class FtmDeltaListTests
{
    [Fact]
    public void Read_SampleDelta_AppliesOperationsInOrder()
    {
        var result = new FtmDeltaList().Read(TestInputs.FromFixture("OpenSanctions", "sample.delta.json"));

        Assert.Equal(ListFormat.FtmDelta, result.Format);
        Assert.Equal(["p-1", "p-3"], result.Entities.Select(e => e.SourceId).Order(StringComparer.Ordinal));
        var modified = Assert.Single(result.Entities, e => e.SourceId == "p-1");
        Assert.Equal("First Person Renamed", modified.PrimaryName);
        Assert.Equal([new PartialDate(1970)], modified.BirthDates);
        Assert.Equal("line 4", modified.Raw.Location);
        var sanctioned = Assert.Single(result.Entities, e => e.SourceId == "p-3");
        Assert.Equal(["ca"], sanctioned.Authorities);
        Assert.Equal(new DateOnly(2022, 1, 2), sanctioned.ListedOn);
    }

    [Fact]
    public void Read_UnknownOperation_IsAnErrorAndSkipped()
    {
        var result = new FtmDeltaList().Read(TestInputs.FromFixture("OpenSanctions", "sample.delta.json"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("line 7", "op", DiagnosticSeverity.Error), (error.Location, error.Field, error.Severity));
        Assert.Contains("MOVE", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Entities, e => e.PrimaryName == "Ignored");
    }

    [Theory]
    [InlineData("""{"entity":{"id":"a","schema":"Person","properties":{"name":["A"]}}}""", "op")]
    [InlineData("""{"op":"ADD"}""", "entity")]
    [InlineData("""{"op":"ADD","entity":"a"}""", "entity")]
    [InlineData("""{"op":"ADD","entity":{"id":"a","properties":{"name":["A"]}}}""", "schema")]
    public void Read_IncompleteOperation_IsAnErrorNamingTheField(string line, string field)
    {
        var result = new FtmDeltaList().Read(TestInputs.FromText("d.delta.json",
            line + "\n" + """{"op":"ADD","entity":{"id":"b","schema":"Person","properties":{"name":["B"]}}}"""));

        Assert.Equal("b", Assert.Single(result.Entities).SourceId);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("line 1", field), (error.Location, error.Field));
    }

    [Fact]
    public void Read_DeleteWithIdOnly_IsAccepted()
    {
        var result = new FtmDeltaList().Read(TestInputs.FromText("d.delta.json", """
            {"op":"ADD","entity":{"id":"a","schema":"Person","properties":{"name":["A"]}}}
            {"op":"del","entity":{"id":"a"}}
            {"op":"ADD","entity":{"id":"b","schema":"Person","properties":{"name":["B"]}}}
            """));

        Assert.Equal(["b"], result.Entities.Select(e => e.SourceId));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Apply_OntoExistingSet_ReplacesAndRemoves()
    {
        var set = new Dictionary<string, FtmRecord>(StringComparer.Ordinal)
        {
            ["a"] = new() { Id = "a", Schema = "Person", Line = 1 },
            ["b"] = new() { Id = "b", Schema = "Person", Line = 2 },
        };
        var newA = new FtmRecord { Id = "a", Schema = "Company", Line = 1 };

        FtmDelta.Apply(set, [new FtmDeltaRecord("MOD", newA, 1), new FtmDeltaRecord("DEL", new FtmRecord { Id = "b", Schema = "", Line = 2 }, 2)],
            "d", new List<ParseDiagnostic>());

        Assert.Same(newA, Assert.Single(set).Value);
    }
}
