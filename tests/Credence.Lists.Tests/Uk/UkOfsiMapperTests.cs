using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Uk;

namespace Credence.Lists.Tests.Uk;

public sealed class UkOfsiMapperTests
{
    private const string File = "ConList.csv";

    private static ListReadResult Read(params string[][] rows) => Read("10/04/2025", rows);

    private static ListReadResult Read(string lastUpdated, params string[][] rows) =>
        new UkOfsiCsvList().Read(new ListInput { FileName = File, Content = UkOfsiCsv.Utf8(UkOfsiCsv.Text(lastUpdated, UkOfsiCsv.Header2025, rows)) });

    private static string[] With(string[] row, params (string Column, string Value)[] cells)
    {
        foreach (var (column, value) in cells) row[Array.IndexOf(UkOfsiCsv.Header2025, column)] = value;
        return row;
    }

    [Fact]
    public void Map_PersonRows_ComposeGivenNamesThenSurname()
    {
        var row = With(UkOfsiCsv.Person("13897", "HLAING", "Min"), ("Name 2", "Aung"));

        var entity = Assert.Single(Read(row).Entities);

        Assert.Equal("Min Aung HLAING", entity.PrimaryName);
        Assert.Equal(EntitySchema.Person, entity.Schema);
        Assert.Equal("uk-ofsi:13897", entity.Id);
    }

    [Theory]
    [InlineData("Entity", EntitySchema.Organization)]
    [InlineData("Ship", EntitySchema.Vessel)]
    public void Map_EntityAndShip_UseName6Only(string groupType, EntitySchema schema)
    {
        var row = UkOfsiCsv.Row(("Name 6", "MYANMAR ECONOMIC CORPORATION"), ("Name 1", "stray"), ("Group Type", groupType),
            ("Alias Type", "Primary name"), ("Group ID", "14081"));

        var entity = Assert.Single(Read(row).Entities);

        Assert.Equal("MYANMAR ECONOMIC CORPORATION", entity.PrimaryName);
        Assert.Equal(schema, entity.Schema);
    }

    [Fact]
    public void Map_RowsOfOneGroup_BecomeOneEntityWithPrimaryFirstAndKindsAndQualities()
    {
        var rows = new[]
        {
            UkOfsiCsv.Person("5", "AKA-GOOD", "X", "AKA", "Good quality"),
            UkOfsiCsv.Person("6", "OTHER", "Y"),
            UkOfsiCsv.Person("5", "AKA-LOW", "X", "AKA", "Low quality"),
            UkOfsiCsv.Person("5", "PRIMARY", "X"),
            UkOfsiCsv.Person("5", "VARIANT", "X", "Primary name variation"),
            UkOfsiCsv.Person("5", "FORMER", "X", "FKA"),
            UkOfsiCsv.Person("5", "PRIMARY", "X", regime: "Global Human Rights"),
        };

        var result = Read(rows);

        Assert.Equal(["5", "6"], result.Entities.Select(e => e.SourceId));
        var names = result.Entities[0].Names;
        Assert.Equal(
            [
                new EntityName("X PRIMARY"),
                new EntityName("X AKA-GOOD", NameQuality.Strong, "aka"),
                new EntityName("X AKA-LOW", NameQuality.Weak, "aka"),
                new EntityName("X VARIANT", NameQuality.Strong, "variation"),
                new EntityName("X FORMER", NameQuality.Strong, "fka"),
            ],
            names);
        Assert.Equal(["Myanmar", "Global Human Rights"], result.Entities[0].Programs);
        Assert.Equal(new RawRecordRef(File, "line 6"), result.Entities[0].Raw);
    }

    [Fact]
    public void Map_NonLatinName_IsKindNonLatinAfterLatinNames()
    {
        var row = With(UkOfsiCsv.Person("1", "PUTIN", "Vladimir"), ("Name Non-Latin Script", "Владимир Владимирович ПУТИН"));

        var names = Assert.Single(Read(row, row).Entities).Names;

        Assert.Equal([new EntityName("Vladimir PUTIN"), new EntityName("Владимир Владимирович ПУТИН", NameQuality.Strong, "non-latin")], names);
    }

    [Fact]
    public void Map_GroupWithoutPrimaryName_UsesFirstRowAndWarns()
    {
        var result = Read(UkOfsiCsv.Person("9", "FIRST", "A", "AKA"), UkOfsiCsv.Person("9", "SECOND", "B", "AKA"));

        Assert.Equal("A FIRST", Assert.Single(result.Entities).PrimaryName);
        Assert.Contains(result.Diagnostics, d => d.Field == "Alias Type" && d.Location == "line 3");
    }

    [Theory]
    [InlineData("03/07/1956", 1956, 7, 3)]
    [InlineData("00/07/1956", 1956, 7, null)]
    [InlineData("00/00/1961", 1961, null, null)]
    [InlineData("15/00/1961", 1961, null, null)]
    [InlineData("07/1956", 1956, 7, null)]
    [InlineData("1956", 1956, null, null)]
    [InlineData(" 29/02/2000 ", 2000, 2, 29)]
    public void TryParseDob_PublishedForms_GivePartialDates(string text, int year, int? month, int? day)
    {
        Assert.True(UkOfsiMapper.TryParseDob(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/1970")]
    [InlineData("00/00/0000")]
    [InlineData("01/13/1970")]
    [InlineData("1970-01-01")]
    [InlineData("circa 1970")]
    [InlineData("1/1/70")]
    public void TryParseDob_Unparseable_ReturnsFalse(string text) => Assert.False(UkOfsiMapper.TryParseDob(text, out _));

    [Fact]
    public void Map_SeveralBirthDatesAcrossRows_AreAllKeptOnce()
    {
        var rows = new[]
        {
            UkOfsiCsv.Person("3", "A", "B", dob: "14/03/1974"),
            UkOfsiCsv.Person("3", "A", "C", "AKA", dob: "13/04/1974"),
            UkOfsiCsv.Person("3", "A", "D", "AKA", dob: "14/03/1974"),
            UkOfsiCsv.Person("3", "A", "E", "AKA", dob: "00/00/1974"),
        };

        var entity = Assert.Single(Read(rows).Entities);

        Assert.Equal([new PartialDate(1974, 3, 14), new PartialDate(1974, 4, 13), new PartialDate(1974)], entity.BirthDates);
    }

    [Fact]
    public void Map_RowWithBadDate_WarnsWithRowAndFieldAndKeepsEverything()
    {
        var rows = new[]
        {
            UkOfsiCsv.Person("1", "GOOD", "Ann", dob: "01/02/1960"),
            UkOfsiCsv.Person("2", "BAD", "Bob", dob: "31/02/1970"),
            UkOfsiCsv.Person("3", "NEXT", "Cy", dob: "1980"),
        };

        var result = Read(rows);

        Assert.Equal(3, result.Entities.Count);
        Assert.Empty(result.Entities[1].BirthDates);
        Assert.Equal("Bob BAD", result.Entities[1].PrimaryName);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((File, "line 4", "DOB", DiagnosticSeverity.Warning), (diagnostic.Source, diagnostic.Location, diagnostic.Field, diagnostic.Severity));
        Assert.Contains("31/02/1970", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_BadListedOn_WarnsAndKeepsEarliestGoodDate()
    {
        var rows = new[]
        {
            UkOfsiCsv.Person("1", "A", "B", regime: "Global Human Rights", listedOn: "06/07/2020"),
            UkOfsiCsv.Person("1", "A", "B", regime: "Myanmar", listedOn: "25/02/2021"),
            UkOfsiCsv.Person("1", "A", "B", regime: "Other", listedOn: "soon"),
        };

        var result = Read(rows);

        Assert.Equal(new DateOnly(2020, 7, 6), Assert.Single(result.Entities).ListedOn);
        Assert.Contains(result.Diagnostics, d => d.Field == "Listed On" && d.Location == "line 5");
    }

    [Fact]
    public void Map_Published_IsLastUpdatedDate()
    {
        Assert.Equal(new DateOnly(2025, 4, 10), Read(UkOfsiCsv.Person("1", "A", "B")).Published);
    }

    [Fact]
    public void Map_UnreadableLastUpdated_LeavesPublishedNullWithWarning()
    {
        var result = Read("yesterday", UkOfsiCsv.Person("1", "A", "B"));

        Assert.Null(result.Published);
        Assert.Contains(result.Diagnostics, d => d.Field == "Last Updated" && d.Location == "line 1");
    }

    [Fact]
    public void Map_CountriesFromNumberedNationalityAndAddressCountry_AreNormalised()
    {
        var row = With(UkOfsiCsv.Person("1", "A", "B"), ("Nationality", "(1) Russia. (2) Ukraine"), ("Country", "Myanmar"),
            ("Country of Birth", "France"));

        Assert.Equal(["ru", "ua", "mm"], Assert.Single(Read(row).Entities).Countries);
    }

    [Fact]
    public void Map_UnknownCountryText_IsKeptAsPublished()
    {
        var row = With(UkOfsiCsv.Person("1", "A", "B"), ("Country", "Congo (Democratic Republic)"));

        Assert.Equal(["Congo (Democratic Republic)"], Assert.Single(Read(row).Entities).Countries);
    }

    [Fact]
    public void Map_PassportAndNationalId_BecomeIdentifiersWithDetails()
    {
        var row = With(UkOfsiCsv.Person("1", "A", "B"),
            ("Passport Number", "(1) 06FBO2262 (2) SA0020249"),
            ("Passport Details", "(1) CAR diplomatic passport (2) Sudan"),
            ("National Identification Number", "12/SAKHANA(N)020199"),
            ("National Identification Details", "NRC number"));

        var identifiers = Assert.Single(Read(row).Entities).Identifiers;

        Assert.Equal(
            [
                new EntityIdentifier("Passport (CAR diplomatic passport)", "06FBO2262"),
                new EntityIdentifier("Passport", "SA0020249", "sd"),
                new EntityIdentifier("National ID (NRC number)", "12/SAKHANA(N)020199"),
            ],
            identifiers);
    }

    [Fact]
    public void Map_OtherInformation_IsRemarksAndYieldsImoAndListReferences()
    {
        const string info = "(UK Sanctions List Ref):GHR0046 and MYA0018. (IMO number):7408873 (Type of ship):Oil tanker";
        var row = With(UkOfsiCsv.Person("1", "A", "B"), ("Other Information", info));

        var entity = Assert.Single(Read(row, row).Entities);

        Assert.Equal(info, entity.Remarks);
        Assert.Equal(
            [
                new EntityIdentifier("IMO", "7408873"),
                new EntityIdentifier("UK Sanctions List Ref", "GHR0046", "gb"),
                new EntityIdentifier("UK Sanctions List Ref", "MYA0018", "gb"),
            ],
            entity.Identifiers);
    }

    [Fact]
    public void Map_AddressCells_JoinIntoOneLinePerDistinctAddress()
    {
        var row = UkOfsiCsv.Row(("Name 6", "MEHL"), ("Address 1", "189/191 Mahaban Doola Road"), ("Address 2", "Corner of 50th Street"),
            ("Address 6", "Yangon"), ("Country", "Myanmar"), ("Group Type", "Entity"), ("Alias Type", "Primary name"), ("Group ID", "14080"));

        var entity = Assert.Single(Read(row, row).Entities);

        Assert.Equal(["189/191 Mahaban Doola Road, Corner of 50th Street, Yangon, Myanmar"], entity.Addresses);
        Assert.Equal(["gb"], entity.Authorities);
        Assert.Equal("uk-ofsi", entity.Source);
    }

    [Fact]
    public void Map_RowWithoutGroupId_IsSkippedWithError()
    {
        var result = Read(UkOfsiCsv.Person("", "LOST", "A"), UkOfsiCsv.Person("2", "KEPT", "B"));

        Assert.Equal("B KEPT", Assert.Single(result.Entities).PrimaryName);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("line 3", "Group ID", DiagnosticSeverity.Error), (diagnostic.Location, diagnostic.Field, diagnostic.Severity));
    }

    [Fact]
    public void Map_UnknownGroupType_IsUnknownSchemaWithWarning()
    {
        var row = UkOfsiCsv.Row(("Name 6", "X"), ("Group Type", "Aircraft?"), ("Alias Type", "Primary name"), ("Group ID", "1"));

        var result = Read(row);

        Assert.Equal(EntitySchema.Unknown, Assert.Single(result.Entities).Schema);
        Assert.Contains(result.Diagnostics, d => d.Field == "Group Type");
    }

    [Fact]
    public void Map_TenMegabyteCells_AreCutWithWarningsAndTheRestIsRead()
    {
        var huge = new string('A', 10 * 1024 * 1024);
        var row = With(UkOfsiCsv.Person("1", huge, "B"), ("Other Information", huge));

        var result = Read(row, UkOfsiCsv.Person("2", "NEXT", "C"));

        Assert.Equal(2, result.Entities.Count);
        Assert.Equal(UkOfsiMapper.MaxNameChars, result.Entities[0].PrimaryName.Length);
        Assert.Equal(UkOfsiMapper.MaxRemarksChars, result.Entities[0].Remarks!.Length);
        Assert.Contains(result.Diagnostics, d => d.Field == "Name 6" && d.Location == "line 3");
        Assert.Contains(result.Diagnostics, d => d.Field == "Other Information" && d.Location == "line 3");
        Assert.All(result.Diagnostics, d => Assert.True(d.Message.Length < 200));
    }

    [Theory]
    [InlineData("(1) Russia. (2) Ukraine", new[] { "Russia", "Ukraine" })]
    [InlineData("(1) Tripoli (2) Tunis (3) -", new[] { "Tripoli", "Tunis" })]
    [InlineData("Commander-in-Chief (Tatmadaw)", new[] { "Commander-in-Chief (Tatmadaw)" })]
    [InlineData("(1) 12/SAKHANA(N)020199 (2) 585629.", new[] { "12/SAKHANA(N)020199", "585629" })]
    [InlineData("(1) one (3) three", new[] { "one (3) three" })]
    [InlineData("", new string[0])]
    public void SplitNumbered_Cells_SplitOnlyOnRunningMarkers(string text, string[] expected) =>
        Assert.Equal(expected, UkOfsiMapper.SplitNumbered(text));
}
