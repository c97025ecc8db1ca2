using System.Diagnostics;
using System.Text;
using Credence.Lists.Canada;
using Credence.Lists.Common;

namespace Credence.Lists.Tests.Canada;

public sealed class CanadaSemaReaderTests
{
    private const string File = "sema-lmes.xml";

    [Fact]
    public void Read_2025Tags_FillTheRecord()
    {
        var ship = SemaXml.Record(("Country", "Russia / Russie"), ("EntityOrShip", "AKADEMIK"), ("TitleOrShip", "Oil Tanker"),
            ("ShipIMONumber", "9144782"), ("DateOfBirthOrShipBuildDate", "1998"), ("Schedule", "1, Part 1.1"), ("Item", "7"),
            ("DateOfListing", "2025-02-24"));

        var file = CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Document(SemaXml.MinAungHlaing, ship)), File);

        Assert.Equal(2, file.Records.Count);
        var person = file.Records[0];
        Assert.Equal(("Hlaing", "Min Aung", "Part 2", "46", "2021-02-18"),
            (person.LastName, person.GivenName, person.Schedule, person.Item, person.DateOfListing));
        Assert.Equal(("record 1", 3), (person.Location, person.Line));
        var vessel = file.Records[1];
        Assert.Equal(("AKADEMIK", "Oil Tanker", "9144782", "1998", "record 2"),
            (vessel.EntityOrShip, vessel.TitleOrShip, vessel.ShipImoNumber, vessel.DateOfBirthOrShipBuildDate, vessel.Location));
        Assert.Empty(file.Diagnostics);
    }

    [Fact]
    public void Read_2020Tags_MapToTheSameFields()
    {
        var person = SemaXml.Record(("Country", "Burma / Birmanie"), ("LastName", "Aung"), ("GivenName", "Maung"),
            ("Title", "Major General/major-général"), ("DateOfBirth", "1957-12-08"), ("Schedule", "2"), ("Item", "1"));

        var file = CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Document(SemaXml.Mehl2020, person)), File);

        Assert.Equal("Union of Burma Economic Holding Ltd.", file.Records[0].EntityOrShip);
        Assert.Equal(("Major General/major-général", "1957-12-08"), (file.Records[1].TitleOrShip, file.Records[1].DateOfBirthOrShipBuildDate));
    }

    [Fact]
    public void Read_UnknownElement_IsReportedOnceAndIgnored()
    {
        var record = SemaXml.MinAungHlaing + "\t\t<Nickname>Senior General</Nickname>\n";

        var file = CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Document(record, record)), File);

        Assert.Equal(2, file.Records.Count);
        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal(("Nickname", "record 1 (line 3)"), (diagnostic.Field, diagnostic.Location));
    }

    [Fact]
    public void Read_RepeatedAliases_AreJoined()
    {
        var record = SemaXml.Record(("Country", "Iran"), ("EntityOrShip", "X"), ("Aliases", "A"), ("Aliases", "B"), ("Item", "1"));

        Assert.Equal("A, B", Assert.Single(CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Document(record)), File).Records).Aliases);
    }

    [Fact]
    public void Read_EmptyDataSet_HasNoRecords()
    {
        Assert.Empty(CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Prolog + "<data-set/>"), File).Records);
    }

    [Fact]
    public void Read_Dtd_ThrowsSayingDtdsAreNotAllowed()
    {
        var xml = SemaXml.Prolog + "<!DOCTYPE data-set [<!ELEMENT data-set ANY>]>\n<data-set></data-set>";

        var ex = Assert.Throws<ListFormatException>(() => CanadaSemaReader.Read(SemaXml.Utf8(xml), File));

        Assert.Contains("DTDs are not allowed", ex.Reason, StringComparison.Ordinal);
        Assert.Equal("line 2, position 1", ex.Location);
    }

    [Fact]
    public void Read_ExternalEntity_ThrowsWithoutReadingTheTarget()
    {
        var xml = SemaXml.Prolog + "<!DOCTYPE data-set [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<data-set><record><Country>&xxe;</Country><Item>1</Item></record></data-set>";

        var ex = Assert.Throws<ListFormatException>(() => CanadaSemaReader.Read(SemaXml.Utf8(xml), File));

        Assert.Contains("DTD", ex.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BillionLaughs_ThrowsQuickly()
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++) entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var xml = SemaXml.Prolog + $"<!DOCTYPE data-set [{entities}]>\n<data-set><record><Country>&lol9;</Country></record></data-set>";
        var clock = Stopwatch.StartNew();

        Assert.Throws<ListFormatException>(() => CanadaSemaReader.Read(SemaXml.Utf8(xml), File));

        // Not a timing goal: expanding the entities would take minutes and gigabytes, refusing the DTD takes nothing.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Read_TruncatedXml_ThrowsWithLineAndPosition()
    {
        var xml = SemaXml.Document(SemaXml.MinAungHlaing, SemaXml.Mehl2025);
        var cut = xml[..xml.IndexOf("Myanma Economic", StringComparison.Ordinal)];

        var ex = Assert.Throws<ListFormatException>(() => CanadaSemaReader.Read(SemaXml.Utf8(cut), File));

        Assert.Equal(File, ex.File);
        Assert.Matches(@"^line \d+, position \d+$", ex.Location);
    }

    [Fact]
    public void Read_TruncatedAfterLastRecord_StillThrows()
    {
        var xml = SemaXml.Document(SemaXml.MinAungHlaing);
        var cut = xml[..xml.LastIndexOf("</data-set>", StringComparison.Ordinal)];

        Assert.Throws<ListFormatException>(() => CanadaSemaReader.Read(SemaXml.Utf8(cut), File));
    }

    [Fact]
    public void Read_GarbageBytes_Throws()
    {
        var bytes = new byte[64 * 1024];
        new Random(2025).NextBytes(bytes);

        var ex = Assert.Throws<ListFormatException>(() => CanadaSemaReader.Read(new MemoryStream(bytes), File));

        Assert.StartsWith("line ", ex.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Country,Item\nIran,1\n")]
    public void Read_NotXml_Throws(string text) =>
        Assert.Throws<ListFormatException>(() => CanadaSemaReader.Read(SemaXml.Utf8(text), File));

    [Fact]
    public void Read_OtherRootElement_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ListFormatException>(() =>
            CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Prolog + "<sdnList><sdnEntry/></sdnList>"), File));

        Assert.Contains("<sdnList>", ex.Reason, StringComparison.Ordinal);
        Assert.Equal("line 2, position 2", ex.Location);
    }

    [Fact]
    public void Read_Latin1BytesDeclaredUtf8_DecodeLenientlyWithWarning()
    {
        var record = SemaXml.Record(("Country", "Belarus / Bélarus"), ("LastName", "Lukashenko"), ("GivenName", "Aleksandr"), ("Item", "8"));
        var bytes = Encoding.Latin1.GetBytes(SemaXml.Document(record));

        var file = CanadaSemaReader.Read(new MemoryStream(bytes), File);

        Assert.Equal("Belarus / Bélarus", Assert.Single(file.Records).Country);
        Assert.Contains(file.Diagnostics, d => d.Message.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DeclaredLatin1_IsDecodedWithoutWarning()
    {
        var record = SemaXml.Record(("Country", "Haiti / Haïti"), ("LastName", "X"), ("Item", "1"));
        var xml = SemaXml.Document(record).Replace("UTF-8", "ISO-8859-1", StringComparison.Ordinal);

        var file = CanadaSemaReader.Read(new MemoryStream(Encoding.Latin1.GetBytes(xml)), File);

        Assert.Equal("Haiti / Haïti", Assert.Single(file.Records).Country);
        Assert.Empty(file.Diagnostics);
    }

    [Fact]
    public void Read_TenMegabyteElement_ReadsIt()
    {
        var record = SemaXml.Record(("Country", "Iran"), ("EntityOrShip", new string('x', 10 * 1024 * 1024)), ("Item", "1"));

        var file = CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Document(record, SemaXml.MinAungHlaing)), File);

        Assert.Equal(10 * 1024 * 1024, file.Records[0].EntityOrShip.Length);
        Assert.Equal("Hlaing", file.Records[1].LastName);
    }

    [Fact]
    public void Read_NestedElementInsideField_TakesItsText()
    {
        var record = "\t\t<Country>Iran</Country><EntityOrShip>Bank <b>Melli</b></EntityOrShip><Item>3</Item>\n";

        Assert.Equal("Bank Melli", Assert.Single(CanadaSemaReader.Read(SemaXml.Utf8(SemaXml.Document(record)), File).Records).EntityOrShip);
    }
}
