using System.Globalization;
using System.Text;
using Credence.Core.Entities;
using Credence.Core.Networks;
using Credence.Lists.Graph;
using Credence.TestSupport;
using CsvHelper;
using CsvHelper.Configuration;

namespace Credence.Lists.Tests.Graph;

public class LinkedToRemarksTests
{
    [Theory]
    [InlineData("Registration Number 108301848 (Burma); Linked To: MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED.", new[] { "MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED" })]
    [InlineData("Tax ID No. 201424367R (Singapore); Linked To: LATT, Tun Min; Linked To: SOE, Win Min.", new[] { "LATT, Tun Min", "SOE, Win Min" })]
    [InlineData("Linked To: STAR SAPPHIRE GROUP PTE. LTD.", new[] { "STAR SAPPHIRE GROUP PTE. LTD" })]
    [InlineData("Target Type Government Entity.", new string[0])]
    [InlineData(null, new string[0])]
    public void LinkedNames_Remarks_ReturnsEachLinkedName(string? remarks, string[] expected) =>
        Assert.Equal(expected, LinkedToRemarks.LinkedNames(remarks));

    [Fact]
    public void Extract_SameList_ResolvesByNormalisedNameAndReportsTheRest()
    {
        var mehl = Entity("ofac-sdn", "31517", "MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED", null);
        var ktsl = Entity("ofac-sdn", "34659", "KT SERVICES & LOGISTICS KTSL COMPANY LIMITED", "Linked To: Myanma Economic Holdings Public Company Limited.");
        var other = Entity("ofac-sdn", "1", "SOMEONE", "Linked To: NOBODY AT ALL.");
        var elsewhere = Entity("uk-ofsi", "2", "X", "Linked To: MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED.");
        var result = LinkedToRemarks.Extract([mehl, ktsl, other, elsewhere]);
        var edge = Assert.Single(result.Edges);
        Assert.Equal(("ofac-sdn:34659", "ofac-sdn:31517", EdgeType.Associate), (edge.FromId, edge.ToId, edge.Type));
        Assert.Equal("ofac-sdn", edge.Source);
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("Remarks", d.Field));
    }

    [Fact]
    public void Extract_AmbiguousName_AddsNoEdge()
    {
        var a = Entity("ofac-sdn", "1", "ACME", null);
        var b = Entity("ofac-sdn", "2", "Acme.", null);
        var c = Entity("ofac-sdn", "3", "C", "Linked To: ACME.");
        var result = LinkedToRemarks.Extract([a, b, c]);
        Assert.Empty(result.Edges);
        Assert.Contains("matches 2 entities", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Extract_OfacSdn2024_LinksBurmaCompaniesToMehl()
    {
        var entities = ReadSdn(SharedData.Path("data", "ofac", "sdn_full_2024-05-03", "sdn.csv"));
        var result = LinkedToRemarks.Extract(entities);
        Assert.Contains(result.Edges, e => e.FromId == "ofac-sdn:34659" && e.ToId == "ofac-sdn:31517");
        Assert.Contains(result.Edges, e => e.FromId == "ofac-sdn:47277" && e.ToId == "ofac-sdn:31517");
        Assert.True(result.Edges.Count > 500, $"only {result.Edges.Count} links resolved");
        var builder = new NetworkGraphBuilder();
        foreach (var entity in entities) builder.AddNode(NetworkNode.FromSanctionEntity(entity));
        foreach (var edge in result.Edges) builder.AddEdge(edge);
        var path = builder.Build().ShortestPath("ofac-sdn:47277", "ofac-sdn:34659")!;
        Assert.Equal(2, path.Steps.Count);
        Assert.Equal("MYANMA FIVE STAR LINE COMPANY LIMITED (listed by US) is an associate (Linked To (list remarks)) of MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED (listed by US), which is an associate (Linked To (list remarks)) of KT SERVICES & LOGISTICS KTSL COMPANY LIMITED, listed by US.", path.Explanation);
    }

    /// <summary>Just enough of sdn.csv (no header; ent_num, name, type, program, ..., remarks) to give entities with remarks.</summary>
    private static List<SanctionEntity> ReadSdn(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null };
        using var reader = new StreamReader(path, Encoding.Latin1);
        using var csv = new CsvReader(reader, config);
        var list = new List<SanctionEntity>();
        while (csv.Read())
        {
            var record = csv.Parser.Record!;
            if (record.Length < 12 || !int.TryParse(record[0], CultureInfo.InvariantCulture, out _)) continue;
            string? Value(int i) => record[i].Trim() is var v && v != "-0-" && v.Length > 0 ? v : null;
            list.Add(new SanctionEntity
            {
                Source = "ofac-sdn",
                SourceId = record[0],
                Schema = EntitySchema.Unknown,
                Names = [new EntityName(record[1])],
                Programs = Value(3)?.Split("] [") ?? [],
                Authorities = ["us"],
                Remarks = Value(11),
                Raw = new RawRecordRef("sdn.csv", $"line {csv.Parser.RawRow}"),
            });
        }
        return list;
    }

    private static SanctionEntity Entity(string source, string id, string name, string? remarks) => new()
    {
        Source = source,
        SourceId = id,
        Schema = EntitySchema.Organization,
        Names = [new EntityName(name)],
        Remarks = remarks,
        Authorities = ["us"],
        Raw = new RawRecordRef("test", "line " + id),
    };
}
