using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;

namespace Credence.Lists.Tests.Ofac;

public sealed class OfacCsvListTests
{
    [Fact]
    public void Read_FixtureSet_MapsEveryEntityWithoutDiagnostics()
    {
        var result = OfacFixtures.ReadFixtureSet();

        Assert.Equal(("ofac-sdn", ListFormat.OfacCsv, 9), (result.Source, result.Format, result.Entities.Count));
        Assert.Null(result.Published);
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Entities, e => Assert.Equal(["us"], e.Authorities));
    }

    [Fact]
    public void Read_Mehl_PrimaryThenStrongAltThenWeakRemarksAlias()
    {
        var mehl = Entity("31517");

        Assert.Equal(
            [
                new EntityName("MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED"),
                new EntityName("MYANMAR ECONOMIC HOLDING LIMITED", NameQuality.Strong, "aka"),
                new EntityName("MEHL", NameQuality.Weak, "aka"),
            ],
            mehl.Names);
        Assert.Equal([new EntityIdentifier("Registration Number", "156387282", "mm")], mehl.Identifiers);
        Assert.Equal(["51*Mahabandoola Road 189/191, Botataung, Rangoon 11161, Burma"], mehl.Addresses);
        Assert.Equal(["mm"], mehl.Countries);
        Assert.Equal(EntitySchema.Organization, mehl.Schema);
        Assert.Equal(new RawRecordRef("sdn.csv", "line 9"), mehl.Raw);
    }

    [Fact]
    public void Read_MinAungHlaing_KeepsNameAsPublishedAndRemarksWhole()
    {
        var hlaing = Entity("27225");

        Assert.Equal("ofac-sdn:27225", hlaing.Id);
        Assert.Equal([new EntityName("HLAING, Min Aung")], hlaing.Names);
        Assert.Equal(EntitySchema.Person, hlaing.Schema);
        Assert.Equal([new PartialDate(1956, 7, 3)], hlaing.BirthDates);
        Assert.Equal(["GLOMAG", "BURMA-EO14014"], hlaing.Programs);
        Assert.Equal("DOB 03 Jul 1956; POB Dawei, Burma; Gender Male.", hlaing.Remarks);
        Assert.Equal(["mm"], hlaing.Countries);
        Assert.Null(hlaing.ListedOn);
    }

    [Fact]
    public void Read_Vessel_HasSchemaFlagAndCallSign()
    {
        var vessel = Entity("4238");

        Assert.Equal(EntitySchema.Vessel, vessel.Schema);
        Assert.Equal(["cu"], vessel.Countries);
        Assert.Equal([new EntityIdentifier("Call Sign", "CL2192")], vessel.Identifiers);
        Assert.Empty(vessel.Addresses);
    }

    [Theory]
    [InlineData("15431", EntitySchema.Aircraft)]
    [InlineData("7782", EntitySchema.Person)]
    [InlineData("36", EntitySchema.Organization)]
    public void Read_SdnType_GivesSchema(string entNum, EntitySchema schema) => Assert.Equal(schema, Entity(entNum).Schema);

    [Theory]
    [InlineData("7782", "1951")]
    [InlineData("15496", "1929,1930")]
    [InlineData("28263", "1986-07-12")]
    public void Read_BirthDateForms_GivePartialDates(string entNum, string expected) =>
        Assert.Equal(expected, string.Join(",", Entity(entNum).BirthDates));

    [Fact]
    public void Read_CommentsRow_ContinuesRemarksMidWord()
    {
        var tian = Entity("28263");

        Assert.EndsWith("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.", tian.Remarks, StringComparison.Ordinal);
        Assert.Contains(new EntityName("snowsjohn", NameQuality.Weak, "aka"), tian.Names);
        Assert.Equal(["DPRK3", "CYBER2"], tian.Programs);
    }

    [Fact]
    public void Read_ConsolidatedFixture_IsOfacConsWithMogeAliasesAndListingDate()
    {
        using var prim = OfacFixtures.Stream("cons_prim.csv");
        using var add = OfacFixtures.Stream("cons_add.csv");
        using var alt = OfacFixtures.Stream("cons_alt.csv");
        using var comments = OfacFixtures.Stream("cons_comments.csv");

        var result = new OfacCsvList().Read(new ListInput
        {
            FileName = "cons_prim.csv",
            Content = prim,
            Companions = new Dictionary<string, ListCompanion>
            {
                ["add"] = new("cons_add.csv", add),
                ["alt"] = new("cons_alt.csv", alt),
                ["comments"] = new("cons_comments.csv", comments),
            },
        });

        Assert.Equal("ofac-cons", result.Source);
        Assert.Empty(result.Diagnostics);
        var moge = Assert.Single(result.Entities, e => e.SourceId == "46072");
        Assert.Equal("ofac-cons:46072", moge.Id);
        Assert.Equal(["MYANMA OIL AND GAS ENTERPRISE", "MOGE", "M.O.G.E."], moge.Names.Select(n => n.Value));
        Assert.Equal(new DateOnly(2023, 10, 31), moge.ListedOn);
        var bank = Assert.Single(result.Entities, e => e.SourceId == "17014");
        Assert.Contains(new EntityName("ROSSELKHOZBANK", NameQuality.Strong, "aka"), bank.Names);
        Assert.Contains(new EntityIdentifier("SWIFT/BIC", "RUAGRUMM"), bank.Identifiers);
    }

    [Fact]
    public void Read_CompanionRowForUnknownEntNum_IsReportedAndSkipped()
    {
        using var sdn = OfacFixtures.Csv(OfacFixtures.Row(1, "KNOWN"));
        using var alt = OfacFixtures.Csv("1,10,\"aka\",\"KNOWN ALIAS\",-0- ", "99999,11,\"aka\",\"ORPHAN\",-0- ");

        var result = Read(sdn, ("alt", "alt.csv", alt));

        var entity = Assert.Single(result.Entities);
        Assert.Equal(["KNOWN", "KNOWN ALIAS"], entity.Names.Select(n => n.Value));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new ParseDiagnostic("alt.csv", "line 2", "ent_num", "ent_num 99999 is not in sdn.csv; row skipped", DiagnosticSeverity.Error), diagnostic);
    }

    [Fact]
    public void Read_UnknownCompanionRole_IsReportedAndIgnored()
    {
        using var sdn = OfacFixtures.Csv(OfacFixtures.Row(1, "KNOWN"));
        using var other = OfacFixtures.Csv("1,\"x\"");

        var result = Read(sdn, ("notes", "notes.csv", other));

        Assert.Single(result.Entities);
        Assert.Equal(("notes.csv", DiagnosticSeverity.Warning), (Assert.Single(result.Diagnostics).Source, result.Diagnostics[0].Severity));
    }

    [Fact]
    public void Read_RepeatedEntNum_KeepsTheFirst()
    {
        using var sdn = OfacFixtures.Csv(OfacFixtures.Row(1, "FIRST"), OfacFixtures.Row(1, "AGAIN"));

        var result = Read(sdn);

        Assert.Equal("FIRST", Assert.Single(result.Entities).PrimaryName);
        Assert.Equal(("line 2", DiagnosticSeverity.Error), (Assert.Single(result.Diagnostics).Location, result.Diagnostics[0].Severity));
    }

    [Fact]
    public void Read_TenMegabyteFields_AreCutWithWarningsAndTheNextRowIsRead()
    {
        var huge = new string('A', 10 * 1024 * 1024);
        using var sdn = OfacFixtures.Csv(OfacFixtures.Row(1, huge, remarks: $"\"{huge}\""), OfacFixtures.Row(2, "NEXT"));

        var result = Read(sdn);

        Assert.Equal(2, result.Entities.Count);
        Assert.Equal(4096, result.Entities[0].PrimaryName.Length);
        Assert.Equal(65536, result.Entities[0].Remarks!.Length);
        Assert.Equal(["Remarks", "SDN_Name"], result.Diagnostics.Select(d => d.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal("NEXT", result.Entities[1].PrimaryName);
    }

    [Fact]
    public void Read_UnreadableBirthDate_IsWarningAndEntityKept()
    {
        using var sdn = OfacFixtures.Csv(OfacFixtures.Row(1, "PERSON", "\"individual\"", remarks: "\"DOB circa 1979-1982; DOB 1980.\""));

        var result = Read(sdn);

        var entity = Assert.Single(result.Entities);
        Assert.Equal([new PartialDate(1980)], entity.BirthDates);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("Remarks DOB", DiagnosticSeverity.Warning), (warning.Field, warning.Severity));
    }

    [Fact]
    public void Read_CompanionThatIsNotCsv_ThrowsNamingTheCompanion()
    {
        using var sdn = OfacFixtures.Csv(OfacFixtures.Row(1, "KNOWN"));
        using var add = new MemoryStream("<html>not a list</html>"u8.ToArray());

        var error = Assert.Throws<ListFormatException>(() => Read(sdn, ("add", "add.csv", add)));

        Assert.Equal(("add.csv", "line 1"), (error.File, error.Location));
    }

    private static SanctionEntity Entity(string entNum) => Assert.Single(OfacFixtures.ReadFixtureSet().Entities, e => e.SourceId == entNum);

    private static ListReadResult Read(Stream sdn, params (string Role, string File, Stream Content)[] companions) =>
        new OfacCsvList().Read(new ListInput
        {
            FileName = "sdn.csv",
            Content = sdn,
            Companions = companions.ToDictionary(c => c.Role, c => new ListCompanion(c.File, c.Content)),
        });
}
