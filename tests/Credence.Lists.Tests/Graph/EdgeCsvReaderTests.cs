using System.Text;
using Credence.Core.Entities;
using Credence.Core.Networks;
using Credence.Lists.Common;
using Credence.Lists.Graph;

namespace Credence.Lists.Tests.Graph;

public class EdgeCsvReaderTests
{
    [Fact]
    public void Read_ValidRows_AddsEdgesWithEveryColumn()
    {
        var (graph, result) = Read("""
            from_id,to_id,type,percentage,start,end,source,confidence
            mehl,mbl,Ownership,100,2023,,Kirin statement 2022-06-30,0.8
            tatmadaw,mehl,control,,,,UN FFM 2019,
            s,tatmadaw,Supplier,,2019-01,2021-02-01,,
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Edges);
        var edges = graph.AllEdges.ToList();
        Assert.Equal(new NetworkEdge("mehl", "mbl", EdgeType.Ownership)
        {
            Percentage = 100,
            Start = new DateOnly(2023, 1, 1),
            Source = "Kirin statement 2022-06-30",
            Confidence = 0.8,
        }, edges[0]);
        Assert.Equal(EdgeType.Control, edges[1].Type);
        Assert.Equal(1.0, edges[1].Confidence);
        Assert.Equal((new DateOnly(2019, 1, 1), new DateOnly(2021, 2, 1), "edges.csv"), (edges[2].Start, edges[2].End, edges[2].Source));
        Assert.True(graph.FindNode("mehl")!.IsPlaceholder);
    }

    [Fact]
    public void Read_BadRows_AreDiagnosedWithLineNumbersAndSkippedOrRepaired()
    {
        var (graph, result) = Read("""
            FROM_ID,To_Id,Type,Percentage,Start,End,Source,Confidence
            a,b,owns,,,,,
            a,,Ownership,,,,,
            a,b,Ownership,sixty,,,,
            a,b,Ownership,50,2021-02-30,2020,,2
            a,a,Family,,,,,
            """);
        Assert.Equal(
            [("line 2", "type", DiagnosticSeverity.Error), ("line 3", "to_id", DiagnosticSeverity.Error), ("line 4", "percentage", DiagnosticSeverity.Warning),
             ("line 5", "start", DiagnosticSeverity.Warning), ("line 5", "confidence", DiagnosticSeverity.Warning), ("line 6", "to_id", DiagnosticSeverity.Error)],
            result.Diagnostics.Select(d => (d.Location, d.Field!, d.Severity)));
        Assert.Equal(2, graph.EdgeCount);
        Assert.All(graph.AllEdges, e => Assert.Equal(1.0, e.Confidence));
    }

    [Fact]
    public void Read_HeaderWithoutRequiredColumns_ThrowsListFormatException()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("name,schema\nA,Company\n"));
        Assert.Equal("line 1", ex.Location);
    }

    [Theory]
    [InlineData("Ownership", EdgeType.Ownership)]
    [InlineData("unknown_link", EdgeType.UnknownLink)]
    [InlineData("DIRECTORSHIP", EdgeType.Directorship)]
    [InlineData("supplier", EdgeType.Supplier)]
    public void TryType_Names_Parse(string text, EdgeType expected)
    {
        Assert.True(EdgeCsvReader.TryType(text, out var type));
        Assert.Equal(expected, type);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("owner")]
    [InlineData("")]
    public void TryType_NotANameOrANumber_Fails(string text) => Assert.False(EdgeCsvReader.TryType(text, out _));

    private static (NetworkGraph, GraphReadResult) Read(string text)
    {
        var builder = new NetworkGraphBuilder();
        var result = new EdgeCsvReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "edges.csv", builder);
        return (builder.Build(), result);
    }
}
