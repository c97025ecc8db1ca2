using System.Diagnostics;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;
using Credence.TestSupport;
using Xunit.Abstractions;

namespace Credence.Lists.Tests.Ofac;

/// <summary>The OFAC legacy CSV files in ../shared/data/ofac (counts from its README).</summary>
public sealed class OfacCsvListRealDataTests(ITestOutputHelper output)
{
    private static readonly string[] Sdn2024 = ["data", "ofac", "sdn_full_2024-05-03"];
    private static readonly string[] Sdn2021 = ["data", "ofac", "sdn_csv_set_2021-07"];
    private static readonly string[] Cons = ["data", "ofac", "consolidated_non_sdn_csv_2025-12"];
    private static readonly string[] Companions2025 = ["data", "ofac", "sdn_companions_2025-12_no_sdn"];

    [SharedDataFact]
    public void Read_Sdn2024Alone_ReadsEveryEntityWithoutErrors()
    {
        var watch = Stopwatch.StartNew();
        var result = ReadSet(Sdn2024, "sdn.csv");
        watch.Stop();
        // Reported, not asserted: timing goals belong in bench/.
        output.WriteLine($"sdn.csv 2024-05-03: {result.Entities.Count} entities, {result.Diagnostics.Count} diagnostics, {watch.ElapsedMilliseconds} ms");
        foreach (var diagnostic in result.Diagnostics.Take(20)) output.WriteLine(diagnostic.ToString());

        Assert.Equal(ListSources.OfacSdn.Id, result.Source);
        Assert.Equal(ListFormat.OfacCsv, result.Format);
        Assert.Equal(14965, result.Entities.Count);
        Assert.Equal(48907, result.Entities.Max(e => int.Parse(e.SourceId, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(140, result.Entities.Count(e => e.Programs.Any(p => p.StartsWith("BURMA", StringComparison.Ordinal))));
    }

    [SharedDataFact]
    public void Read_Sdn2024_MinAungHlaingHasDateOfBirthAndBothPrograms()
    {
        var result = ReadSet(Sdn2024, "sdn.csv");

        var hlaing = Assert.Single(result.Entities, e => e.SourceId == "27225");
        Assert.Equal("ofac-sdn:27225", hlaing.Id);
        Assert.Equal("HLAING, Min Aung", hlaing.PrimaryName);
        Assert.Equal(EntitySchema.Person, hlaing.Schema);
        Assert.Equal([new PartialDate(1956, 7, 3)], hlaing.BirthDates);
        Assert.Equal(["GLOMAG", "BURMA-EO14014"], hlaing.Programs);
        Assert.Equal(["us"], hlaing.Authorities);
        Assert.Equal("DOB 03 Jul 1956; POB Dawei, Burma; Gender Male.", hlaing.Remarks);
        Assert.Equal(new RawRecordRef("sdn.csv", $"line {LineOf(Sdn2024, "sdn.csv", "27225,")}"), hlaing.Raw);
    }

    [SharedDataFact]
    public void Read_Sdn2024_MehlHasWeakAliasAndRegistrationNumber()
    {
        var result = ReadSet(Sdn2024, "sdn.csv");

        var mehl = Assert.Single(result.Entities, e => e.SourceId == "31517");
        Assert.Equal("MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED", mehl.PrimaryName);
        Assert.Equal(EntitySchema.Organization, mehl.Schema);
        Assert.Contains(new EntityName("MEHL", NameQuality.Weak, "aka"), mehl.Names);
        Assert.Contains(new EntityIdentifier("Registration Number", "156387282", "mm"), mehl.Identifiers);
    }

    [SharedDataFact]
    public void Read_Sdn2021Set_AttachesCompanionsToEveryEntity()
    {
        var result = ReadSet(Sdn2021, "sdn.csv", ("add", "add.csv"), ("alt", "alt.csv"), ("comments", "sdn_comments.csv"));
        foreach (var diagnostic in result.Diagnostics.Take(20)) output.WriteLine(diagnostic.ToString());

        Assert.Equal(8976, result.Entities.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(49, result.Entities.Count(e => e.Programs.Any(p => p.StartsWith("BURMA", StringComparison.Ordinal))));
        // alt.csv has 11,910 rows, all for known entities; a few repeat a name the entity already has.
        var strongAliases = result.Entities.Sum(e => e.Names.Count(n => n.Kind != "primary" && n.Quality == NameQuality.Strong));
        Assert.InRange(strongAliases, 11800, 11910);
        var cuba = Assert.Single(result.Entities, e => e.SourceId == "36");
        Assert.Contains(new EntityName("AERO-CARIBBEAN", NameQuality.Strong, "aka"), cuba.Names);
        Assert.Equal(["Havana, Cuba"], cuba.Addresses);
        Assert.Equal(["cu"], cuba.Countries);
    }

    [SharedDataFact]
    public void Read_Sdn2021Set_CommentsContinueTheRemarksMidWord()
    {
        var result = ReadSet(Sdn2021, "sdn.csv", ("comments", "sdn_comments.csv"));

        var entity = Assert.Single(result.Entities, e => e.SourceId == "28263");
        Assert.Contains("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.", entity.Remarks, StringComparison.Ordinal);
        Assert.Contains(new EntityName("snowsjohn", NameQuality.Weak, "aka"), entity.Names);
    }

    [SharedDataFact]
    public void Read_ConsolidatedSet_IsOfacConsWithMogeAliases()
    {
        var result = ReadSet(Cons, "cons_prim.csv", ("add", "cons_add.csv"), ("alt", "cons_alt.csv"), ("comments", "cons_comments.csv"));
        foreach (var diagnostic in result.Diagnostics.Take(20)) output.WriteLine(diagnostic.ToString());

        Assert.Equal(ListSources.OfacConsolidated.Id, result.Source);
        Assert.Equal(442, result.Entities.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var moge = Assert.Single(result.Entities, e => e.SourceId == "46072");
        Assert.Equal("ofac-cons:46072", moge.Id);
        Assert.Equal("MYANMA OIL AND GAS ENTERPRISE", moge.PrimaryName);
        Assert.Contains(moge.Names, n => n.Value == "MOGE");
        Assert.Contains(moge.Names, n => n.Value == "M.O.G.E.");
        Assert.Equal(new DateOnly(2023, 10, 31), moge.ListedOn);
        Assert.Equal(["mm"], moge.Countries);
        Assert.Equal(2, moge.Addresses.Count);
    }

    [SharedDataFact]
    public void Read_NewerCompanionsWithOlderSdn_ReportsUnknownEntityNumbers()
    {
        var streams = new[] { "add.csv", "alt.csv", "sdn_comments.csv" }.Select(f => File.OpenRead(SharedData.Path([.. Companions2025, f]))).ToList();
        using var sdn = File.OpenRead(SharedData.Path([.. Sdn2024, "sdn.csv"]));
        try
        {
            var input = new ListInput
            {
                FileName = "sdn.csv",
                Content = sdn,
                Companions = new Dictionary<string, ListCompanion>
                {
                    ["add"] = new("add.csv", streams[0]),
                    ["alt"] = new("alt.csv", streams[1]),
                    ["comments"] = new("sdn_comments.csv", streams[2]),
                },
            };
            var result = new OfacCsvList().Read(input);

            Assert.Equal(14965, result.Entities.Count);
            var unknown = result.Diagnostics.Where(d => d.Field == "ent_num" && d.Message.Contains("is not in sdn.csv", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(unknown);
            Assert.All(unknown, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
            output.WriteLine($"{unknown.Count} companion rows name entities not in the 2024 sdn.csv");
        }
        finally
        {
            foreach (var stream in streams) stream.Dispose();
        }
    }

    private static int LineOf(string[] folder, string file, string prefix) =>
        Array.FindIndex(File.ReadAllLines(SharedData.Path([.. folder, file])), l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;

    private static ListReadResult ReadSet(string[] folder, string primary, params (string Role, string File)[] companions)
    {
        var streams = new List<Stream>();
        try
        {
            var content = File.OpenRead(SharedData.Path([.. folder, primary]));
            streams.Add(content);
            var map = new Dictionary<string, ListCompanion>();
            foreach (var (role, file) in companions)
            {
                var stream = File.OpenRead(SharedData.Path([.. folder, file]));
                streams.Add(stream);
                map[role] = new ListCompanion(file, stream);
            }
            return new OfacCsvList().Read(new ListInput { FileName = primary, Content = content, Companions = map });
        }
        finally
        {
            foreach (var stream in streams) stream.Dispose();
        }
    }
}
