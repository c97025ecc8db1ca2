using Credence.Lists.Common;
using Credence.Lists.Uk;

namespace Credence.Lists.Tests.Uk;

public sealed class UkOfsiXlsxReaderTests
{
    private const string File = "ConList.xlsx";

    private static readonly string[][] Rows =
    [
        UkOfsiCsv.Person("13897", "HLAING", "Min", dob: "03/07/1956", regime: "Global Human Rights", listedOn: "06/07/2020"),
        UkOfsiCsv.Person("13897", "HLAING", "Min", dob: "03/07/1956"),
        UkOfsiCsv.Person("14057", "HLAING", "Than", dob: "00/00/1967"),
        UkOfsiCsv.Row(("Name 6", "MEHL"), ("Group Type", "Entity"), ("Alias Type", "AKA"), ("Alias Quality", "Good quality"), ("Group ID", "14080")),
    ];

    private static IReadOnlyList<IReadOnlyList<string>> Sheet(string lastUpdated, string[] header, params string[][] rows) =>
        [["Last Updated", lastUpdated], header, .. rows];

    [Fact]
    public void Read_DataSheet_YieldsTheSameRecordsAsTheCsv()
    {
        var xlsx = XlsxBuilder.Build(("Data", Sheet("10/04/2025", UkOfsiCsv.Header2025, Rows)));
        var csv = UkOfsiCsv.Utf8(UkOfsiCsv.Text(UkOfsiCsv.Header2025, Rows));

        var fromXlsx = UkOfsiXlsxReader.Read(new MemoryStream(xlsx), File);
        var fromCsv = UkOfsiCsvReader.Read(csv, "ConList.csv");

        Assert.Equal("10/04/2025", fromXlsx.LastUpdatedText);
        Assert.Equal(fromCsv.Records.Count, fromXlsx.Records.Count);
        for (var i = 0; i < fromCsv.Records.Count; i++)
        {
            // Locations agree too: CSV line N is sheet row N when no cell holds a line break.
            Assert.Equal(fromCsv.Records[i].Location.Replace("line", "row", StringComparison.Ordinal), fromXlsx.Records[i].Location);
            Assert.Equal(fromCsv.Records[i] with { Location = "" }, fromXlsx.Records[i] with { Location = "" }, RecordComparer.Instance);
        }
    }

    [Fact]
    public void Read_ThroughGlue_MapsEntitiesWithXlsxFormatAndRowReferences()
    {
        var xlsx = XlsxBuilder.Build(("Data", Sheet("10/04/2025", UkOfsiCsv.Header2025, Rows)));

        var result = new UkOfsiXlsxList().Read(new ListInput { FileName = File, Content = new MemoryStream(xlsx) });

        Assert.Equal(ListFormat.UkOfsiXlsx, result.Format);
        Assert.Equal(new DateOnly(2025, 4, 10), result.Published);
        Assert.Equal(["13897", "14057", "14080"], result.Entities.Select(e => e.SourceId));
        Assert.Equal(new Core.Entities.RawRecordRef(File, "row 3"), result.Entities[0].Raw);
    }

    [Fact]
    public void Read_DataSheetAfterAnotherSheet_IsFoundByName()
    {
        var xlsx = XlsxBuilder.Build(("Notes", [["Read me"]]), ("Data", Sheet("10/04/2025", UkOfsiCsv.Header2025, Rows)));

        Assert.Equal(4, UkOfsiXlsxReader.Read(new MemoryStream(xlsx), File).Records.Count);
    }

    [Fact]
    public void Read_NoDataSheet_ReadsTheFirstSheet()
    {
        var xlsx = XlsxBuilder.Build(("Sheet1", Sheet("10/04/2025", UkOfsiCsv.Header2025, Rows)));

        Assert.Equal(4, UkOfsiXlsxReader.Read(new MemoryStream(xlsx), File).Records.Count);
    }

    [Fact]
    public void Read_WorkbookWithoutHeader_Throws()
    {
        var xlsx = XlsxBuilder.Build(("Data", [["Last Updated", "10/04/2025"], .. Rows]));

        var ex = Assert.Throws<ListFormatException>(() => UkOfsiXlsxReader.Read(new MemoryStream(xlsx), File));

        Assert.Equal((File, "sheet \"Data\" row 2"), (ex.File, ex.Location));
    }

    [Fact]
    public void Read_WorkbookWithoutLastUpdatedRow_Throws()
    {
        var xlsx = XlsxBuilder.Build(("Data", [UkOfsiCsv.Header2025, .. Rows]));

        var ex = Assert.Throws<ListFormatException>(() => UkOfsiXlsxReader.Read(new MemoryStream(xlsx), File));

        Assert.Equal("sheet \"Data\" row 1", ex.Location);
    }

    [Fact]
    public void Read_EmptyWorkbook_Throws()
    {
        var xlsx = XlsxBuilder.Build(("Data", []));

        Assert.Throws<ListFormatException>(() => UkOfsiXlsxReader.Read(new MemoryStream(xlsx), File));
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_Throws()
    {
        var ex = Assert.Throws<ListFormatException>(() => UkOfsiXlsxReader.Read(new MemoryStream(XlsxBuilder.PlainZip()), File));

        Assert.Equal(File, ex.File);
    }

    [Fact]
    public void Read_GarbageBytes_Throws()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);

        Assert.Throws<ListFormatException>(() => UkOfsiXlsxReader.Read(new MemoryStream(bytes), File));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.9)]
    public void Read_TruncatedWorkbook_Throws(double keep)
    {
        var xlsx = XlsxBuilder.Build(("Data", Sheet("10/04/2025", UkOfsiCsv.Header2025, Rows)));

        var cut = xlsx[..(int)(xlsx.Length * keep)];

        Assert.Throws<ListFormatException>(() => UkOfsiXlsxReader.Read(new MemoryStream(cut), File));
    }

    [Fact]
    public void Read_CsvBytes_Throws()
    {
        var csv = UkOfsiCsv.Utf8(UkOfsiCsv.Text(UkOfsiCsv.Header2025, Rows));

        Assert.Throws<ListFormatException>(() => UkOfsiXlsxReader.Read(csv, File));
    }

    /// <summary>Compares records by value, including the list-valued name and address cells.</summary>
    private sealed class RecordComparer : IEqualityComparer<UkOfsiRecord>
    {
        public static readonly RecordComparer Instance = new();

        public bool Equals(UkOfsiRecord? x, UkOfsiRecord? y) =>
            x is not null && y is not null
            && x.GivenNames.SequenceEqual(y.GivenNames) && x.AddressLines.SequenceEqual(y.AddressLines)
            && (x with { GivenNames = [], AddressLines = [] }).ToString() == (y with { GivenNames = [], AddressLines = [] }).ToString();

        public int GetHashCode(UkOfsiRecord obj) => obj.GroupId.GetHashCode(StringComparison.Ordinal);
    }
}
