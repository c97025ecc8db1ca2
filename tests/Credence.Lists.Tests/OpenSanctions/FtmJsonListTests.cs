using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.OpenSanctions;
using Credence.Lists.Tests.Common;

namespace Credence.Lists.Tests.OpenSanctions;

public sealed class FtmJsonListTests
{
    private static ListReadResult ReadSample() => new FtmJsonList().Read(TestInputs.FromFixture("OpenSanctions", "sample.ftm.json"));

    private static ListReadResult ReadText(string text) => new FtmJsonList().Read(TestInputs.FromText("inline.ftm.json", text));

    private static SanctionEntity Entity(ListReadResult result, string id) => Assert.Single(result.Entities, e => e.SourceId == id);

    [Theory]
    [InlineData("p-aung", EntitySchema.Person)]
    [InlineData("c-listed", EntitySchema.Organization)]
    [InlineData("v-sea", EntitySchema.Vessel)]
    [InlineData("ap-1", EntitySchema.Aircraft)]
    [InlineData("le-1", EntitySchema.Organization)]
    [InlineData("pb-1", EntitySchema.Organization)]
    [InlineData("org-1", EntitySchema.Organization)]
    public void Read_Sample_MapsScreenedSchemas(string id, EntitySchema schema)
    {
        Assert.Equal(schema, Entity(ReadSample(), id).Schema);
    }

    [Fact]
    public void Read_Sample_SkipsRelationshipsDetailsAndContextEntities()
    {
        var result = ReadSample();

        Assert.Equal(["p-aung", "c-listed", "v-sea", "ap-1", "le-1", "pb-1", "org-1"], result.Entities.Select(e => e.SourceId));
        Assert.Equal("opensanctions", result.Source);
        Assert.Equal(ListFormat.FtmJson, result.Format);
        Assert.Null(result.Published);
        Assert.All(result.Entities, e => Assert.Equal("opensanctions:" + e.SourceId, e.Id));
    }

    [Fact]
    public void Read_Sample_AttachesSanctionProgramsAuthoritiesAndEarliestStartDate()
    {
        var person = Entity(ReadSample(), "p-aung");

        Assert.Equal(["GB-MYANMAR", "Myanmar", "BURMA-EO14014", "EU-MM"], person.Programs);
        Assert.Equal(["gb", "us", "eu"], person.Authorities);
        // The EU listingDate (2021-01-05) is not a start date; the earliest startDate wins.
        Assert.Equal(new DateOnly(2021, 2, 25), person.ListedOn);
    }

    [Fact]
    public void Read_Sample_MapsNamesDatesCountriesIdentifiersAndAddresses()
    {
        var person = Entity(ReadSample(), "p-aung");

        Assert.Equal(
            [
                new EntityName("Aung Ko Example"),
                new EntityName("Example, Aung Ko", NameQuality.Strong, "aka"),
                new EntityName("A. K. Example", NameQuality.Strong, "aka"),
                new EntityName("Aung Ko Sample", NameQuality.Strong, "previous"),
                new EntityName("Ko Ex", NameQuality.Weak, "aka"),
            ],
            person.Names);
        Assert.Equal([new PartialDate(1960, 5, 1), new PartialDate(1961)], person.BirthDates);
        Assert.Equal(["mm", "th"], person.Countries);
        Assert.Equal([new EntityIdentifier("ID Number", "12/ABC(N)000001"), new EntityIdentifier("Passport", "MA000001", "mm")],
            person.Identifiers);
        Assert.Equal(["1 Example Road, Yangon"], person.Addresses);
        Assert.Equal("A made-up person for tests.", person.Remarks);
        Assert.Equal(new RawRecordRef("sample.ftm.json", "line 2"), person.Raw);
    }

    [Fact]
    public void Read_SanctionTopicWithoutSanctionRecord_IsListedWithAuthorityFromDataset()
    {
        var company = Entity(ReadSample(), "c-listed");

        Assert.Equal(["gb"], company.Authorities);
        Assert.Empty(company.Programs);
        Assert.Null(company.ListedOn);
        Assert.Equal([new EntityIdentifier("Registration Number", "100200300")], company.Identifiers);
    }

    [Fact]
    public void Read_VesselAndAircraft_KeepTheirIdentifiersAndFlag()
    {
        var result = ReadSample();

        Assert.Equal([new EntityIdentifier("IMO", "9000001")], Entity(result, "v-sea").Identifiers);
        Assert.Equal(["pa"], Entity(result, "v-sea").Countries);
        Assert.Equal([new EntityIdentifier("Registration Number", "EX-001")], Entity(result, "ap-1").Identifiers);
    }

    [Fact]
    public void Read_CaptionNotAmongNames_FirstNameIsPrimary()
    {
        Assert.Equal("First Name Org", Entity(ReadSample(), "org-1").PrimaryName);
    }

    [Fact]
    public void Read_Sample_ReportsUnscreenedSchemaAndDanglingSanction()
    {
        var diagnostics = ReadSample().Diagnostics;

        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Field == "schema" && d.Message.Contains("1 CryptoWallet", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Field == "entity" && d.Location == "line 17" && d.Message.Contains("not-in-file", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Read_SameIdTwice_LaterLineWinsWithWarning()
    {
        var result = ReadText("""
            {"id":"x","schema":"Person","properties":{"name":["Old Name"]}}
            {"id":"x","schema":"Person","properties":{"name":["New Name"]}}
            """);

        Assert.Equal("New Name", Assert.Single(result.Entities).PrimaryName);
        Assert.Contains("first on line 1", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NameLongerThanLimit_IsCutWithWarning()
    {
        var result = ReadText("{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":[\"" + new string('n', 5000) + "\"]}}");

        Assert.Equal(FtmMapper.MaxNameLength, Assert.Single(result.Entities).PrimaryName.Length);
        Assert.Equal("name", Assert.Single(result.Diagnostics).Field);
    }

    [Fact]
    public void Read_ManyLongNotes_AreCutOnceMoreWithWarning()
    {
        var note = new string('n', 40_000);
        var result = ReadText("{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"],\"notes\":[\"" + note + "\",\"" + note + "\"]}}");

        Assert.Equal(FtmReader.MaxValueLength, Assert.Single(result.Entities).Remarks!.Length);
        Assert.Equal("notes", Assert.Single(result.Diagnostics).Field);
    }

    [Fact]
    public void Read_EntityLevelProgram_IsAProgramme()
    {
        var result = ReadText("""{"id":"x","schema":"Person","properties":{"name":["A"],"program":["SDGT"],"programId":["US-SDGT"]}}""");

        var entity = Assert.Single(result.Entities);
        Assert.Equal(["SDGT", "US-SDGT"], entity.Programs);
        Assert.Equal(["us"], entity.Authorities);
    }

    [Fact]
    public void Read_BadBirthDate_IsDroppedWithWarningAndEntityKept()
    {
        var result = ReadText("""{"id":"x","schema":"Person","properties":{"name":["A"],"birthDate":["3 July 1956","1956-07-03T00:00:00"]}}""");

        Assert.Equal([new PartialDate(1956, 7, 3)], Assert.Single(result.Entities).BirthDates);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("line 1", "birthDate"), (warning.Location, warning.Field));
    }

    [Fact]
    public void Read_EntityWithoutAnyName_IsSkippedWithError()
    {
        var result = ReadText("""
            {"id":"x","schema":"Company","properties":{"country":["mm"]}}
            {"id":"y","schema":"Company","caption":"Caption Only","properties":{}}
            """);

        Assert.Equal("Caption Only", Assert.Single(result.Entities).PrimaryName);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Read_CustomSource_TagsEntitiesWithIt()
    {
        var source = new ListSource("mine", "Mine", "", null);

        var result = new FtmJsonList(source).Read(TestInputs.FromText("m.json", """{"id":"x","schema":"Person","properties":{"name":["A"]}}"""));

        Assert.Equal("mine", result.Source);
        Assert.Equal("mine:x", Assert.Single(result.Entities).Id);
    }

    [Theory]
    [InlineData("""{"country":["us"]}""", "us")]
    [InlineData("""{"country":["eu"]}""", "eu")]
    [InlineData("""{"authority":["HM Treasury"]}""", "gb")]
    [InlineData("""{"authority":["Office of Foreign Assets Control"]}""", "us")]
    [InlineData("""{"authority":["OFAC"]}""", "us")]
    [InlineData("""{"authority":["European Union"]}""", "eu")]
    [InlineData("""{"authority":["Global Affairs Canada"]}""", "ca")]
    [InlineData("""{"authority":["United Nations Security Council"]}""", "un")]
    [InlineData("""{"programId":["CA-SEMA"]}""", "ca")]
    [InlineData("""{"country":["Switzerland"]}""", "ch")]
    public void Read_SanctionAuthority_MapsToCode(string sanctionProperties, string expected)
    {
        var sanction = sanctionProperties.Insert(1, "\"entity\":[\"x\"],");
        var result = ReadText("""{"id":"x","schema":"Person","properties":{"name":["A"]}}""" + "\n"
            + """{"id":"s","schema":"Sanction","properties":""" + sanction + "}");

        Assert.Equal([expected], Assert.Single(result.Entities).Authorities);
    }

    [Fact]
    public void Read_OfacAcronymInsideAWord_IsNotAnAuthority()
    {
        var result = ReadText("""
            {"id":"x","schema":"Person","properties":{"name":["A"]}}
            {"id":"s","schema":"Sanction","properties":{"entity":["x"],"authority":["PROFACT Agency"]}}
            """);

        Assert.Empty(Assert.Single(result.Entities).Authorities);
    }
}
