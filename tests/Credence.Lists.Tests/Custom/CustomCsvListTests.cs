using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Custom;
using Credence.Lists.Tests.Common;

namespace Credence.Lists.Tests.Custom;

public sealed class CustomCsvListTests
{
    private static ListReadResult ReadFixture() => new CustomCsvList().Read(TestInputs.FromFixture("Custom", "wanted-persons.csv"));

    private static ListReadResult ReadText(string text) => new CustomCsvList().Read(TestInputs.FromText("watch.csv", text));

    [Fact]
    public void Read_FullRow_MapsEveryColumn()
    {
        var result = ReadFixture();

        Assert.Equal(("custom", ListFormat.CustomCsv), (result.Source, result.Format));
        var entity = result.Entities[0];
        Assert.Equal("custom:W-001", entity.Id);
        Assert.Equal(EntitySchema.Person, entity.Schema);
        Assert.Equal(
            [new EntityName("Example Wanted Person"), new EntityName("Wanted Person Example", NameQuality.Strong, "aka"),
             new EntityName("ဥပမာ", NameQuality.Strong, "aka")],
            entity.Names);
        Assert.Equal([new PartialDate(1970, 1, 15)], entity.BirthDates);
        Assert.Equal(["mm"], entity.Countries);
        Assert.Equal([new EntityIdentifier("Passport", "MA100001")], entity.Identifiers);
        Assert.Equal("Made-up entry for tests", entity.Remarks);
        Assert.Equal(new RawRecordRef("wanted-persons.csv", "line 2"), entity.Raw);
    }

    [Fact]
    public void Read_RowWithoutId_TakesItsLineNumber()
    {
        var entity = ReadFixture().Entities[1];

        Assert.Equal("3", entity.SourceId);
        Assert.Equal(EntitySchema.Organization, entity.Schema);
        Assert.Equal(["mm", "th"], entity.Countries);
        Assert.Equal([new EntityIdentifier("Registration", "12345")], entity.Identifiers);
    }

    [Fact]
    public void Read_Fixture_ReportsMissingNameBadDateAndUnknownCountryByLineAndField()
    {
        var result = ReadFixture();

        Assert.Equal(["W-001", "3", "W-004", "W-005"], result.Entities.Select(e => e.SourceId));
        Assert.Equal(
            [("line 4", "name", DiagnosticSeverity.Error), ("line 5", "dob", DiagnosticSeverity.Warning), ("line 6", "country", DiagnosticSeverity.Warning)],
            result.Diagnostics.Select(d => (d.Location, d.Field, d.Severity)));
        Assert.Empty(result.Entities[2].BirthDates);
        Assert.Equal("Quoted, Name Ltd", result.Entities[3].PrimaryName);
        Assert.Equal(["Atlantis"], result.Entities[3].Countries);
    }

    [Fact]
    public void Read_HeaderNamesInAnyCaseAndOrder_AreRecognised()
    {
        var result = ReadText("DOB,Country,NAME\n1956-07,Burma,Min Example\n");

        var entity = Assert.Single(result.Entities);
        Assert.Equal(("Min Example", "2", EntitySchema.Unknown), (entity.PrimaryName, entity.SourceId, entity.Schema));
        Assert.Equal([new PartialDate(1956, 7)], entity.BirthDates);
        Assert.Equal(["mm"], entity.Countries);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_OnlyANameColumn_IsEnough()
    {
        var result = ReadText("name\nAlpha\n\nBeta\n");

        Assert.Equal([("Alpha", "2"), ("Beta", "4")], result.Entities.Select(e => (e.PrimaryName, e.SourceId)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("full_name,dob\nAlpha,1970\n")]
    public void Read_NoNameColumn_ThrowsListFormatException(string text)
    {
        var ex = Assert.Throws<ListFormatException>(() => ReadText(text));

        Assert.Equal(("watch.csv", "line 1"), (ex.File, ex.Location));
    }

    [Fact]
    public void Read_UnknownColumns_AreIgnoredWithOneWarning()
    {
        var result = ReadText("name,reward,remarks\nAlpha,100,x\n");

        Assert.Single(result.Entities);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("reward, remarks", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedId_SkipsTheLaterRowWithError()
    {
        var result = ReadText("id,name\nX1,Alpha\nX1,Beta\n");

        Assert.Equal("Alpha", Assert.Single(result.Entities).PrimaryName);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("line 3", "id", DiagnosticSeverity.Error), (error.Location, error.Field, error.Severity));
    }

    [Fact]
    public void Read_QuotedLineBreak_KeepsLineNumbersOfLaterRows()
    {
        var result = ReadText("name,notes\nAlpha,\"two\nlines\"\nBeta,x\nGamma,1970-13-01\n");

        Assert.Equal(["2", "4", "5"], result.Entities.Select(e => e.SourceId));
    }

    [Theory]
    [InlineData("1970-13-01")]
    [InlineData("70")]
    [InlineData("1970/01/01")]
    [InlineData("1970-02-30")]
    public void Read_BadDate_WarnsOnDobAndKeepsTheRow(string dob)
    {
        var result = ReadText($"name,dob\nAlpha,{dob}\n");

        Assert.Empty(Assert.Single(result.Entities).BirthDates);
        Assert.Equal(("line 2", "dob"), (Assert.Single(result.Diagnostics).Location, result.Diagnostics[0].Field));
    }

    [Fact]
    public void Read_BadSchema_WarnsAndScreensAsEither()
    {
        var result = ReadText("name,schema\nAlpha,robot\n");

        Assert.Equal(EntitySchema.Unknown, Assert.Single(result.Entities).Schema);
        Assert.Equal("schema", Assert.Single(result.Diagnostics).Field);
    }

    [Fact]
    public void Read_ByteOrderMarkAndLatin1Bytes_AreHandledWithOneWarning()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.Latin1.GetBytes("Name\nCaf\u00e9 One\nCaf\u00e9 Two\n")];

        var result = new CustomCsvList().Read(TestInputs.FromBytes("latin.csv", bytes));

        Assert.Equal(["Caf\uFFFD One", "Caf\uFFFD Two"], result.Entities.Select(e => e.PrimaryName));
        Assert.Contains("not valid UTF-8", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeName_IsCutWithWarning()
    {
        var result = ReadText("name\n" + new string('n', 10_000) + "\n");

        Assert.Equal(CustomCsvMapper.MaxNameLength, Assert.Single(result.Entities).PrimaryName.Length);
        Assert.Equal("name", Assert.Single(result.Diagnostics).Field);
    }
}
