using System.Text;
using Credence.Lists.Common;
using Credence.Lists.Uk;

namespace Credence.Lists.Tests.Uk;

public sealed class UkOfsiCsvReaderTests
{
    private const string File = "ConList.csv";

    [Fact]
    public void Read_2025Layout_MapsCellsByHeaderName()
    {
        var row = UkOfsiCsv.Row(("Name 6", "HLAING"), ("Name 1", "Min"), ("Name 2", "Aung"), ("DOB", "03/07/1956"),
            ("National Identification Number", "12/SAKHANA(N)020199"), ("Alias Quality", "Good quality"), ("Group ID", "13897"),
            ("Group Type", "Individual"), ("Alias Type", "Primary name"), ("Address 6", "Naypyidaw"));

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(UkOfsiCsv.Text(UkOfsiCsv.Header2025, row)), File);

        Assert.Equal("10/04/2025", file.LastUpdatedText);
        var record = Assert.Single(file.Records);
        Assert.Equal("HLAING", record.Name6);
        Assert.Equal(["Min", "Aung", "", "", ""], record.GivenNames);
        Assert.Equal("03/07/1956", record.Dob);
        Assert.Equal("12/SAKHANA(N)020199", record.NationalIdNumber);
        Assert.Equal("Good quality", record.AliasQuality);
        Assert.Equal("Naypyidaw", record.AddressLines[5]);
        Assert.Equal("13897", record.GroupId);
        Assert.Equal("line 3", record.Location);
        Assert.Empty(file.Diagnostics);
    }

    [Fact]
    public void Read_2016Layout_MapsCellsByHeaderName()
    {
        const string csv = "Last Updated,12/02/2016\n"
            + "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,Passport Details,NI Number,"
            + "Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,Other Information,Group Type,"
            + "Alias Type,Regime,Listed On,Last Updated,Group ID\n"
            + "AWWAD,Tayseer,Qala,,,,,00/00/1943,Damascus,,,,Ration card no. 1729765,,,,,,,,,,Former Minister of Justice,Individual,"
            + "Prime Alias,Syria,26/09/2011,16/10/2012,12149\n";

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(csv), File);

        var record = Assert.Single(file.Records);
        Assert.Equal("AWWAD", record.Name6);
        Assert.Equal("Qala", record.GivenNames[1]);
        Assert.Equal("00/00/1943", record.Dob);
        Assert.Equal("Ration card no. 1729765", record.NationalIdNumber);
        Assert.Equal("Prime Alias", record.AliasType);
        Assert.Equal("", record.AliasQuality);
        Assert.Equal("12149", record.GroupId);
    }

    [Fact]
    public void Read_ColumnsInAnotherOrder_StillMapsByName()
    {
        const string csv = "Last Updated,01/01/2025\nGroup ID,Alias Type,Group Type,Name 6,Name 1\n42,Primary name,Individual,DOE,Jane\n";

        var record = Assert.Single(UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(csv), File).Records);

        Assert.Equal(("42", "DOE", "Jane"), (record.GroupId, record.Name6, record.GivenNames[0]));
    }

    [Fact]
    public void Read_UnknownColumn_IsReportedOnceAndIgnored()
    {
        const string csv = "Last Updated,01/01/2025\nGroup ID,Alias Type,Group Type,Name 6,Shoe Size\n42,Primary name,Entity,ACME,44\n";

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(csv), File);

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("line 2", diagnostic.Location);
        Assert.Contains("Shoe Size", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CellWithLineBreaks_KeepsThemAndNumbersLaterRowsByFileLine()
    {
        var first = UkOfsiCsv.Person("1", "ONE", "Ann");
        first[Array.IndexOf(UkOfsiCsv.Header2025, "Other Information")] = "first line\nsecond line\r\nthird line";
        var second = UkOfsiCsv.Person("2", "TWO", "Bob");

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(UkOfsiCsv.Text(UkOfsiCsv.Header2025, first, second)), File);

        Assert.Equal("first line\nsecond line\r\nthird line", file.Records[0].OtherInformation);
        Assert.Equal("line 3", file.Records[0].Location);
        Assert.Equal("line 6", file.Records[1].Location);
    }

    [Fact]
    public void Read_HeaderWithoutLastUpdatedLine_ThrowsAtLine1()
    {
        var csv = UkOfsiCsv.Line(UkOfsiCsv.Header2025) + UkOfsiCsv.Line(UkOfsiCsv.Person("1", "ONE", "Ann"));

        var ex = Assert.Throws<ListFormatException>(() => UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(csv), File));

        Assert.Equal((File, "line 1"), (ex.File, ex.Location));
        Assert.Contains("Last Updated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LastUpdatedWithoutHeader_ThrowsAtLine2()
    {
        var csv = "Last Updated,10/04/2025\r\n" + UkOfsiCsv.Line(UkOfsiCsv.Person("1", "ONE", "Ann"));

        var ex = Assert.Throws<ListFormatException>(() => UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(csv), File));

        Assert.Equal("line 2", ex.Location);
        Assert.Contains("header", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Last Updated,10/04/2025\r\n")]
    public void Read_EmptyOrHeadingOnly_Throws(string csv) =>
        Assert.Throws<ListFormatException>(() => UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(csv), File));

    [Fact]
    public void Read_GarbageBytes_ThrowsListFormatException()
    {
        var bytes = new byte[64 * 1024];
        new Random(20250410).NextBytes(bytes);

        var ex = Assert.Throws<ListFormatException>(() => UkOfsiCsvReader.Read(new MemoryStream(bytes), File));

        Assert.Equal("line 1", ex.Location);
    }

    [Fact]
    public void Read_Latin1File_DecodesAccentsAndWarns()
    {
        var row = UkOfsiCsv.Row(("Name 6", "MOUVEMENT DES LIBÉRATEURS"), ("Other Information", "l’Unification"), ("Group Type", "Entity"),
            ("Alias Type", "Primary name"), ("Group ID", "7"));
        var bytes = Encoding.Latin1.GetBytes(UkOfsiCsv.Text(UkOfsiCsv.Header2025, row).Replace('’', '\''));

        var file = UkOfsiCsvReader.Read(new MemoryStream(bytes), File);

        Assert.Equal("MOUVEMENT DES LIBÉRATEURS", Assert.Single(file.Records).Name6);
        Assert.Contains(file.Diagnostics, d => d.Message.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_ReadsHeadingWithoutWarning()
    {
        var text = UkOfsiCsv.Text(UkOfsiCsv.Header2025, UkOfsiCsv.Person("1", "ÖZ", "Ayşe"));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var file = UkOfsiCsvReader.Read(new MemoryStream(bytes), File);

        Assert.Equal("ÖZ", Assert.Single(file.Records).Name6);
        Assert.Empty(file.Diagnostics);
    }

    [Fact]
    public void Read_TruncatedInsideLastRow_KeepsEarlierRowsAndWarnsOnTheShortRow()
    {
        var text = UkOfsiCsv.Text(UkOfsiCsv.Header2025, UkOfsiCsv.Person("1", "ONE", "Ann"), UkOfsiCsv.Person("2", "TWO", "Bob"));
        var cut = text[..(text.IndexOf("TWO", StringComparison.Ordinal) + 8)];

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(cut), File);

        Assert.Equal(2, file.Records.Count);
        Assert.Equal("1", file.Records[0].GroupId);
        Assert.Equal("", file.Records[1].GroupId);
        Assert.Contains(file.Diagnostics, d => d.Location == "line 4" && d.Message.Contains("cells", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TruncatedInsideQuotedCell_DoesNotThrowAndKeepsEarlierRows()
    {
        var first = UkOfsiCsv.Person("1", "ONE", "Ann");
        var second = UkOfsiCsv.Person("2", "TWO", "Bob");
        second[Array.IndexOf(UkOfsiCsv.Header2025, "Name 1")] = "Bob, \"the builder\"";
        var text = UkOfsiCsv.Text(UkOfsiCsv.Header2025, first, second);
        var cut = text[..(text.IndexOf("the builder", StringComparison.Ordinal))];

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(cut), File);

        Assert.Equal("ONE", file.Records[0].Name6);
        Assert.Equal(2, file.Records.Count);
    }

    [Fact]
    public void Read_TenMegabyteCell_ReadsIt()
    {
        var row = UkOfsiCsv.Person("1", "ONE", "Ann");
        row[Array.IndexOf(UkOfsiCsv.Header2025, "Other Information")] = new string('x', 10 * 1024 * 1024);

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(UkOfsiCsv.Text(UkOfsiCsv.Header2025, row, UkOfsiCsv.Person("2", "TWO", "Bob"))), File);

        Assert.Equal(10 * 1024 * 1024, file.Records[0].OtherInformation.Length);
        Assert.Equal("TWO", file.Records[1].Name6);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedCell_WarnsAndReadsOn()
    {
        var csv = "Last Updated,01/01/2025\nGroup ID,Alias Type,Group Type,Name 6\n1,Primary name,Entity,THE \"BEST\" CO\n2,Primary name,Entity,NEXT\n";

        var file = UkOfsiCsvReader.Read(UkOfsiCsv.Utf8(csv), File);

        Assert.Equal(2, file.Records.Count);
        Assert.Equal("NEXT", file.Records[1].Name6);
        Assert.Contains(file.Diagnostics, d => d.Location == "line 3" && d.Message.Contains("quoting", StringComparison.Ordinal));
    }
}
