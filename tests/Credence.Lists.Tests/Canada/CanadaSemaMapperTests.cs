using Credence.Core.Entities;
using Credence.Lists.Canada;
using Credence.Lists.Common;

namespace Credence.Lists.Tests.Canada;

public sealed class CanadaSemaMapperTests
{
    private const string File = "sema-lmes.xml";

    private static ListReadResult Read(params string[] records) =>
        new CanadaSemaList().Read(new ListInput { FileName = File, Content = SemaXml.Utf8(SemaXml.Document(records)) });

    [Fact]
    public void Map_Person_ComposesGivenNameThenLastNameWithReadableId()
    {
        var result = Read(SemaXml.MinAungHlaing);

        var entity = Assert.Single(result.Entities);
        Assert.Equal("Min Aung Hlaing", entity.PrimaryName);
        Assert.Equal("ca-sema:Myanmar (Burma)/Part 2/46", entity.Id);
        Assert.Equal(EntitySchema.Person, entity.Schema);
        Assert.Equal(["Myanmar (Burma)"], entity.Programs);
        Assert.Equal(["ca"], entity.Authorities);
        Assert.Empty(entity.Countries);
        Assert.Equal(new DateOnly(2021, 2, 18), entity.ListedOn);
        Assert.Equal(new RawRecordRef(File, "record 1"), entity.Raw);
        Assert.Equal((ListFormat.CanadaSemaXml, "ca-sema", (DateOnly?)null), (result.Format, result.Source, result.Published));
    }

    [Fact]
    public void Map_MehlEntity_HasBothAliasesAsAka()
    {
        var entity = Assert.Single(Read(SemaXml.Mehl2025).Entities);

        Assert.Equal(
            [
                new EntityName("Union of Burma Economic Holding Ltd."),
                new EntityName("Union of Myanmar Economic Holding Ltd.", NameQuality.Strong, "aka"),
                new EntityName("Myanma Economic Holdings Limited (MEHL)", NameQuality.Strong, "aka"),
            ],
            entity.Names);
        Assert.Equal(EntitySchema.Organization, entity.Schema);
        Assert.Equal("Myanmar (Burma)/Part 1/42", entity.SourceId);
    }

    [Fact]
    public void Map_Mehl2020_HasNoAliasesAndTheOlderRegulationName()
    {
        var entity = Assert.Single(Read(SemaXml.Mehl2020).Entities);

        Assert.Single(entity.Names);
        Assert.Equal("Burma/Schedule 1/42", entity.SourceId);
        Assert.Null(entity.ListedOn);
    }

    [Fact]
    public void Map_Ship_IsVesselWithImoAndBuildDateInRemarks()
    {
        var ship = SemaXml.Record(("Country", "Russia / Russie"), ("EntityOrShip", "AKADEMIK"), ("TitleOrShip", "Oil Tanker"),
            ("ShipIMONumber", "9144782"), ("DateOfBirthOrShipBuildDate", "1998"), ("Schedule", "1, Part 1.1"), ("Item", "7"));

        var entity = Assert.Single(Read(ship).Entities);

        Assert.Equal(EntitySchema.Vessel, entity.Schema);
        Assert.Equal([new EntityIdentifier("IMO", "9144782")], entity.Identifiers);
        Assert.Empty(entity.BirthDates);
        Assert.Equal("Ship type: Oil Tanker; Built: 1998", entity.Remarks);
        Assert.Equal("Russia/Schedule 1, Part 1.1/7", entity.SourceId);
    }

    [Fact]
    public void Map_BadImo_IsKeptWithWarning()
    {
        var ship = SemaXml.Record(("Country", "Iran"), ("EntityOrShip", "SHIP"), ("ShipIMONumber", "IMO 12"), ("Item", "1"));

        var result = Read(ship);

        Assert.Equal("IMO 12", Assert.Single(Assert.Single(result.Entities).Identifiers).Value);
        Assert.Contains(result.Diagnostics, d => d.Field == "ShipIMONumber" && d.Location == "record 1 (line 3)");
    }

    [Theory]
    [InlineData("1965-04-29", new[] { "1965-04-29" })]
    [InlineData(" 1972 ", new[] { "1972" })]
    [InlineData("1965-04", new[] { "1965-04" })]
    [InlineData("1960-01-01 or 1961-01-01", new[] { "1960-01-01", "1961-01-01" })]
    [InlineData("1965-07-15 OR 1969-09-28", new[] { "1965-07-15", "1969-09-28" })]
    [InlineData("1963-1964", new[] { "1963", "1964" })]
    public void Map_BirthDates_ParseIsoFormsAlternativesAndYearRanges(string text, string[] expected)
    {
        var person = SemaXml.Record(("Country", "Iran"), ("LastName", "X"), ("GivenName", "Y"), ("DateOfBirthOrShipBuildDate", text), ("Item", "1"));

        var result = Read(person);

        Assert.Equal(expected, Assert.Single(result.Entities).BirthDates.Select(d => d.ToString()));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Map_RecordWithBadDate_WarnsAndKeepsRecordAndTheRest()
    {
        var bad = SemaXml.Record(("Country", "Iran"), ("LastName", "Bad"), ("GivenName", "A"), ("DateOfBirth", "Sep-99"), ("Item", "1"),
            ("DateOfListing", "2020-13-40"));

        var result = Read(bad, SemaXml.MinAungHlaing);

        Assert.Equal(["A Bad", "Min Aung Hlaing"], result.Entities.Select(e => e.PrimaryName));
        Assert.Empty(result.Entities[0].BirthDates);
        Assert.Null(result.Entities[0].ListedOn);
        Assert.Equal(
            [("record 1 (line 3)", "DateOfBirthOrShipBuildDate"), ("record 1 (line 3)", "DateOfListing")],
            result.Diagnostics.Select(d => (d.Location, d.Field)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Map_PersonTitle_GoesToRemarks()
    {
        var person = SemaXml.Record(("Country", "Burma / Birmanie"), ("LastName", "Aung"), ("GivenName", "Maung"), ("Title", "Colonel"),
            ("Schedule", "2"), ("Item", "1"));

        Assert.Equal("Title: Colonel", Assert.Single(Read(person).Entities).Remarks);
    }

    [Fact]
    public void Map_LastNameOnlyWithNoBreakSpace_IsTrimmed()
    {
        var person = SemaXml.Record(("Country", "Syria / Syrie"), ("LastName", "Nazih\u00A0"), ("Item", "5"));

        Assert.Equal("Nazih", Assert.Single(Read(person).Entities).PrimaryName);
    }

    [Fact]
    public void Map_RecordWithoutItemOrName_IsSkippedWithError()
    {
        var noItem = SemaXml.Record(("Country", "Iran"), ("EntityOrShip", "NO ITEM"));
        var noName = SemaXml.Record(("Country", "Iran"), ("Item", "2"));

        var result = Read(noItem, noName, SemaXml.MinAungHlaing);

        Assert.Equal("Min Aung Hlaing", Assert.Single(result.Entities).PrimaryName);
        Assert.Equal([("record 1 (line 3)", "Item"), ("record 2 (line 7)", "LastName")], result.Diagnostics.Select(d => (d.Location, d.Field)));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void Map_DuplicateId_KeepsBothWithPositionInSecondId()
    {
        var result = Read(SemaXml.MinAungHlaing, SemaXml.MinAungHlaing);

        Assert.Equal(["Myanmar (Burma)/Part 2/46", "Myanmar (Burma)/Part 2/46 (record 2)"], result.Entities.Select(e => e.SourceId));
        Assert.Contains(result.Diagnostics, d => d.Field == "Item" && d.Location == "record 2 (line 11)");
    }

    [Fact]
    public void Map_TenMegabyteName_IsCutWithWarning()
    {
        var record = SemaXml.Record(("Country", "Iran"), ("EntityOrShip", new string('x', 10 * 1024 * 1024)), ("Item", "1"));

        var result = Read(record, SemaXml.MinAungHlaing);

        Assert.Equal(CanadaSemaMapper.MaxNameChars, result.Entities[0].PrimaryName.Length);
        Assert.Equal(2, result.Entities.Count);
        Assert.Contains(result.Diagnostics, d => d.Field == "EntityOrShip" && d.Location == "record 1 (line 3)");
    }

    [Theory]
    [InlineData("Myanmar (Burma) / Myanmar (Birmanie)", "Myanmar (Burma)")]
    [InlineData("Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR) / \u00A0Règlement relatif (RJVDEC)", "JVCFOR")]
    [InlineData("Venezuela ", "Venezuela")]
    [InlineData("Hamas Terrorist Attacks / Attaques terroristes du Hamas", "Hamas Terrorist Attacks")]
    [InlineData("", "")]
    public void Regulation_CountryCell_GivesEnglishNameOrAcronym(string country, string expected) =>
        Assert.Equal(expected, CanadaSemaMapper.Regulation(country));

    [Theory]
    [InlineData("Part 2", "Part 2")]
    [InlineData("1, Part 1", "Schedule 1, Part 1")]
    [InlineData("1,Part 3", "Schedule 1, Part 3")]
    [InlineData("1, Part 2.1", "Schedule 1, Part 2.1")]
    [InlineData("1.1", "Schedule 1.1")]
    [InlineData("3", "Schedule 3")]
    [InlineData("N/A", "")]
    [InlineData("", "")]
    [InlineData("Annex A/B", "Annex A-B")]
    public void Schedule_Cell_GivesIdSegment(string schedule, string expected) => Assert.Equal(expected, CanadaSemaMapper.Schedule(schedule));
}
