using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;

namespace Credence.Lists.Tests.Ofac;

public sealed class OfacXmlListTests
{
    private const string Open = """<?xml version="1.0"?><sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">""";

    [Fact]
    public void Read_SdnXmlFixture_IsOfacSdnWithPublishDate()
    {
        var result = ReadFixture("sdn.xml");

        Assert.Equal(("ofac-sdn", ListFormat.OfacXml, 4), (result.Source, result.Format, result.Entities.Count));
        Assert.Equal(new DateOnly(2024, 5, 3), result.Published);
        Assert.Equal(["27225", "31517", "4238", "7782"], result.Entities.Select(e => e.SourceId));
    }

    [Fact]
    public void Read_Person_NameIsLastCommaFirstAsInTheCsv()
    {
        var hlaing = Entity("27225");

        Assert.Equal([new EntityName("HLAING, Min Aung")], hlaing.Names);
        Assert.Equal(EntitySchema.Person, hlaing.Schema);
        Assert.Equal([new PartialDate(1956, 7, 3)], hlaing.BirthDates);
        Assert.Equal(["GLOMAG", "BURMA-EO14014"], hlaing.Programs);
        Assert.Equal(["mm"], hlaing.Countries);
        Assert.Empty(hlaing.Identifiers);
        Assert.Equal(new RawRecordRef("sdn.xml", "sdnEntry uid=27225"), hlaing.Raw);
    }

    [Fact]
    public void Read_Entity_WeakAkaRegistrationNumberAndAddress()
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
        Assert.Equal(["51*Mahabandoola Road 189/191, Botataung, Rangoon, 11161, Burma"], mehl.Addresses);
        Assert.Equal(EntitySchema.Organization, mehl.Schema);
    }

    [Fact]
    public void Read_Vessel_ImoCallSignAndFlag()
    {
        var vessel = Entity("4238");

        Assert.Equal(EntitySchema.Vessel, vessel.Schema);
        Assert.Equal([new EntityIdentifier("IMO", "1234567"), new EntityIdentifier("Call Sign", "CL2192")], vessel.Identifiers);
        Assert.Equal(["cu"], vessel.Countries);
    }

    [Fact]
    public void Read_DateFormsAndAliasKinds_AreMappedAndBadDateIsWarning()
    {
        var result = ReadFixture("sdn.xml");
        var person = Assert.Single(result.Entities, e => e.SourceId == "7782");

        Assert.Equal("1951,1953,1954", string.Join(",", person.BirthDates));
        Assert.Contains(new EntityName("SAHINPASIC, Senad Mustafa", NameQuality.Strong, "fka"), person.Names);
        Assert.Contains(new EntityName("SENAD", NameQuality.Weak, "nka"), person.Names);
        Assert.Equal([new EntityIdentifier("Passport", "B 960789", "ba")], person.Identifiers);
        Assert.Equal(["ba"], person.Countries);
        Assert.Equal("Illustrative entry for date and alias forms.", person.Remarks);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(new ParseDiagnostic("sdn.xml", "sdnEntry uid=7782", "dateOfBirth", "'sometime in the fifties' is not a date OFAC uses; date dropped"), warning);
    }

    [Fact]
    public void Read_ConsolidatedFixture_IsOfacConsByFileName()
    {
        var result = ReadFixture("consolidated.xml");

        Assert.Equal(("ofac-cons", 2), (result.Source, result.Entities.Count));
        Assert.Equal(new DateOnly(2025, 3, 28), result.Published);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("ofac-cons:46072", result.Entities[1].Id);
    }

    [Fact]
    public void Read_RecordCountDisagrees_IsWarning()
    {
        var result = Read(Open + "<publshInformation><Publish_Date>01/02/2024</Publish_Date><Record_Count>5</Record_Count></publshInformation>" +
            "<sdnEntry><uid>1</uid><lastName>ONE</lastName><sdnType>Entity</sdnType></sdnEntry></sdnList>");

        Assert.Single(result.Entities);
        Assert.Equal(("Record_Count", DiagnosticSeverity.Warning), (Assert.Single(result.Diagnostics).Field, result.Diagnostics[0].Severity));
    }

    [Fact]
    public void Read_EntryWithoutUidOrName_IsSkippedAndOthersRead()
    {
        var result = Read(Open + "<sdnEntry><lastName>NO UID</lastName></sdnEntry><sdnEntry><uid>2</uid></sdnEntry>" +
            "<sdnEntry><uid>3</uid><lastName>GOOD</lastName></sdnEntry></sdnList>");

        Assert.Equal("GOOD", Assert.Single(result.Entities).PrimaryName);
        Assert.Equal(["uid", "lastName"], result.Diagnostics.Select(d => d.Field));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.StartsWith("sdnEntry at line 1, position", result.Diagnostics[0].Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenMegabyteName_IsCutWithWarning()
    {
        var result = Read(Open + $"<sdnEntry><uid>1</uid><lastName>{new string('B', 10 * 1024 * 1024)}</lastName></sdnEntry></sdnList>");

        Assert.Equal(4096, Assert.Single(result.Entities).PrimaryName.Length);
        Assert.Equal("lastName", Assert.Single(result.Diagnostics).Field);
    }

    [Fact]
    public void Read_Utf16File_IsRead()
    {
        var xml = """<?xml version="1.0" encoding="utf-16"?><sdnList><sdnEntry><uid>1</uid><lastName>MUÑOZ</lastName></sdnEntry></sdnList>""";

        var result = Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);

        Assert.Equal("MUÑOZ", Assert.Single(result.Entities).PrimaryName);
    }

    [Fact]
    public void Read_Windows1252BytesWithoutDeclaration_AreDecodedWithWarning()
    {
        var bytes = Encoding.Latin1.GetBytes("<sdnList><sdnEntry><uid>1</uid><lastName>MUÑOZ</lastName></sdnEntry></sdnList>");

        var result = Read(bytes);

        Assert.Equal("MUÑOZ", Assert.Single(result.Entities).PrimaryName);
        Assert.Contains("not valid UTF-8", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeclaredLegacyEncoding_IsHonoured()
    {
        var bytes = Encoding.Latin1.GetBytes("""<?xml version="1.0" encoding="ISO-8859-1"?><sdnList><sdnEntry><uid>1</uid><lastName>MUÑOZ</lastName></sdnEntry></sdnList>""");

        var result = Read(bytes);

        Assert.Equal("MUÑOZ", Assert.Single(result.Entities).PrimaryName);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(XmlAttacks.Cases), MemberType = typeof(XmlAttacks))]
    public void Read_DtdExternalEntityOrEntityBomb_ThrowsWithoutReadingFiles(string name, string xml)
    {
        var error = Assert.Throws<ListFormatException>(() => Read(xml.Replace("ROOT", "sdnList", StringComparison.Ordinal)));

        Assert.Contains("DTD", error.Reason, StringComparison.Ordinal);
        Assert.Equal("list.xml", error.File);
        Assert.DoesNotContain(XmlAttacks.Secret, error.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Read_TruncatedXml_ThrowsWithLineAndPosition()
    {
        var xml = File.ReadAllText(OfacFixtures.Path("sdn.xml"));

        var error = Assert.Throws<ListFormatException>(() => Read(xml[..(xml.Length / 2)]));

        Assert.Matches(@"^line \d+, position \d+$", error.Location);
        Assert.True(int.Parse(error.Location.Split(' ')[1].TrimEnd(','), System.Globalization.CultureInfo.InvariantCulture) > 50);
    }

    [Fact]
    public void Read_WrongRootElement_Throws()
    {
        var error = Assert.Throws<ListFormatException>(() => Read("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST/>"));

        Assert.Equal("line 2, position 2", error.Location);
        Assert.Contains("<CONSOLIDATED_LIST>", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_RandomBytes_Throws(int seed)
    {
        var bytes = new byte[16 * 1024];
        new Random(seed).NextBytes(bytes);

        Assert.Throws<ListFormatException>(() => Read(bytes));
    }

    [Fact]
    public void Read_CsvInsteadOfXml_Throws()
    {
        var error = Assert.Throws<ListFormatException>(() => Read(OfacFixtures.Bytes("sdn.csv")));

        Assert.Equal("line 1, position 1", error.Location);
    }

    private static SanctionEntity Entity(string uid) => Assert.Single(ReadFixture("sdn.xml").Entities, e => e.SourceId == uid);

    private static ListReadResult ReadFixture(string file)
    {
        using var content = OfacFixtures.Stream(file);
        return new OfacXmlList().Read(new ListInput { FileName = file, Content = content });
    }

    private static ListReadResult Read(string xml) => Read(Encoding.UTF8.GetBytes(xml));

    private static ListReadResult Read(byte[] bytes) =>
        new OfacXmlList().Read(new ListInput { FileName = "list.xml", Content = new MemoryStream(bytes) });
}
