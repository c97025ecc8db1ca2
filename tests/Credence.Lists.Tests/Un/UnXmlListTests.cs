using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Tests.Ofac;
using Credence.Lists.Un;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Un;

public sealed class UnXmlListTests
{
    private const string Open = """<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS>""";
    private const string Close = "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>";

    [Fact]
    public void Read_Excerpt_ReadsIndividualsAndEntitiesWithPublishedDate()
    {
        var result = ReadExcerpt();

        Assert.Equal(("un-sc", ListFormat.UnXml, new DateOnly(2026, 2, 27)), (result.Source, result.Format, result.Published));
        Assert.Equal(["6907993", "6907995", "6909384", "6908048", "6908643", "6908402"], result.Entities.Select(e => e.SourceId));
        Assert.Equal(5, result.Entities.Count(e => e.Schema == EntitySchema.Person));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_NonLatinName_IsStrongNonLatinNameAndLowAliasIsWeak()
    {
        var saddam = Entity("6908048");

        Assert.Equal(
            [
                new EntityName("SADDAM HUSSEIN AL-TIKRITI"),
                new EntityName("صدام حسين التكريتي", NameQuality.Strong, "non-latin"),
                new EntityName("Abu Ali", NameQuality.Weak, "aka"),
            ],
            saddam.Names);
        Assert.Equal([new PartialDate(1937, 4, 28)], saddam.BirthDates);
        Assert.Equal(["iq"], saddam.Countries);
        Assert.Equal(["Iraq"], saddam.Programs);
        Assert.Equal(new DateOnly(2003, 6, 27), saddam.ListedOn);
        Assert.Equal(new RawRecordRef("un_consolidated_excerpt.xml", "INDIVIDUAL DATAID=6908048"), saddam.Raw);
    }

    [Fact]
    public void Read_BetweenYears_GivesEachYear()
    {
        var kim = Entity("6908643");

        Assert.Equal([new PartialDate(1967), new PartialDate(1968), new PartialDate(1969)], kim.BirthDates);
        Assert.Equal(["kp"], kim.Countries);
    }

    [Fact]
    public void Read_Document_IsIdentifierWithIssuingCountry()
    {
        var innocent = Entity("6909384");

        Assert.Equal(
            [new EntityIdentifier("UN Reference Number", "HTi.005"), new EntityIdentifier("National Identification Number", "004-341-263-3", "ht")],
            innocent.Identifiers);
        Assert.Equal(["64, Soisson, Tabarre 49, Port-au-Prince, Haiti"], innocent.Addresses);
        Assert.Equal("Gender: Male INTERPOL-UN Security Council Special Notice web link:https://www.interpol.int/en/How-we-work/Notices/View-UN-Notices-Individuals",
            innocent.Remarks);
    }

    [Fact]
    public void Read_Entity_IsOrganizationWithFkaAliases()
    {
        var adf = Entity("6908402");

        Assert.Equal(EntitySchema.Organization, adf.Schema);
        Assert.Equal("ADF", adf.PrimaryName);
        Assert.Contains(new EntityName("Allied Democratic Forces", NameQuality.Strong, "aka"), adf.Names);
        Assert.Contains(new EntityName("NALU", NameQuality.Strong, "fka"), adf.Names);
        Assert.Equal(new RawRecordRef("un_consolidated_excerpt.xml", "ENTITY DATAID=6908402"), adf.Raw);
    }

    [Fact]
    public void Read_AliasDateOfBirthAndOffsetListingDate_AreRead()
    {
        var result = Read(Open + """
            <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JANG</FIRST_NAME><LISTED_ON>2001-01-25-05:00</LISTED_ON>
            <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Jang Hyon U</ALIAS_NAME><DATE_OF_BIRTH>1958-02-22</DATE_OF_BIRTH></INDIVIDUAL_ALIAS>
            <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1957</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
            </INDIVIDUAL>
            """ + Close);

        var jang = Assert.Single(result.Entities);
        Assert.Equal([new PartialDate(1957), new PartialDate(1958, 2, 22)], jang.BirthDates);
        Assert.Equal(new DateOnly(2001, 1, 25), jang.ListedOn);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_BadDatesAndMissingIds_AreDiagnosedAndOthersRead()
    {
        var result = Read(Open + """
            <INDIVIDUAL><FIRST_NAME>NO ID</FIRST_NAME></INDIVIDUAL>
            <INDIVIDUAL><DATAID>2</DATAID></INDIVIDUAL>
            <INDIVIDUAL><DATAID>3</DATAID><FIRST_NAME>KEPT</FIRST_NAME><LISTED_ON>soon</LISTED_ON>
            <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>19xx</YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>
            """ + Close);

        var kept = Assert.Single(result.Entities);
        Assert.Equal("KEPT", kept.PrimaryName);
        Assert.Empty(kept.BirthDates);
        Assert.Equal(
            [("DATAID", DiagnosticSeverity.Error), ("FIRST_NAME", DiagnosticSeverity.Error), ("DATE_OF_BIRTH", DiagnosticSeverity.Warning), ("LISTED_ON", DiagnosticSeverity.Warning)],
            result.Diagnostics.Select(d => (d.Field, d.Severity)));
    }

    [Fact]
    public void Read_TenMegabyteComment_IsCutWithWarning()
    {
        var result = Read(Open + $"<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>X</FIRST_NAME><COMMENTS1>{new string('c', 10 * 1024 * 1024)}</COMMENTS1></INDIVIDUAL>" + Close);

        Assert.Equal(65536, Assert.Single(result.Entities).Remarks!.Length);
        Assert.Equal("COMMENTS1", Assert.Single(result.Diagnostics).Field);
    }

    [Theory]
    [MemberData(nameof(XmlAttacks.Cases), MemberType = typeof(XmlAttacks))]
    public void Read_DtdExternalEntityOrEntityBomb_ThrowsWithoutReadingFiles(string name, string xml)
    {
        var error = Assert.Throws<ListFormatException>(() => Read(xml.Replace("ROOT", "CONSOLIDATED_LIST", StringComparison.Ordinal)));

        Assert.Contains("DTD", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(XmlAttacks.Secret, error.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Read_TruncatedXml_ThrowsWithLineAndPosition()
    {
        var xml = File.ReadAllText(FixturePath());

        var error = Assert.Throws<ListFormatException>(() => Read(xml[..(xml.Length * 2 / 3)]));

        Assert.Matches(@"^line \d+, position \d+$", error.Location);
        Assert.Equal("un.xml", error.File);
    }

    [Fact]
    public void Read_OfacXmlInstead_ThrowsWrongRoot()
    {
        var error = Assert.Throws<ListFormatException>(() => Read(File.ReadAllText(OfacFixtures.Path("sdn.xml"))));

        Assert.Equal("line 2, position 2", error.Location);
        Assert.Contains("<sdnList>", error.Reason, StringComparison.Ordinal);
    }

    private static SanctionEntity Entity(string dataId) => Assert.Single(ReadExcerpt().Entities, e => e.SourceId == dataId);

    private static string FixturePath() =>
        Path.Combine(SharedData.RepositoryRoot(), "tests", "Credence.Lists.Tests", "Fixtures", "Un", "un_consolidated_excerpt.xml");

    private static ListReadResult ReadExcerpt()
    {
        using var content = File.OpenRead(FixturePath());
        return new UnXmlList().Read(new ListInput { FileName = "un_consolidated_excerpt.xml", Content = content });
    }

    private static ListReadResult Read(string xml) =>
        new UnXmlList().Read(new ListInput { FileName = "un.xml", Content = new MemoryStream(Encoding.UTF8.GetBytes(xml)) });
}
