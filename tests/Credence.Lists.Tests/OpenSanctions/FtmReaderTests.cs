using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.OpenSanctions;

namespace Credence.Lists.Tests.OpenSanctions;

public sealed class FtmReaderTests
{
    private const string Person = """{"id":"p1","caption":"Ann Example","schema":"Person","properties":{"name":["Ann Example"],"topics":["sanction"]},"datasets":["demo"],"referents":["r1","r2"],"target":true,"first_seen":"2024-01-02T03:04:05","last_seen":"2024-02-01T00:00:00","last_change":"2024-01-15T00:00:00"}""";
    private const string Company = """{"id":"c1","schema":"Company","properties":{"name":["Example Ltd"]}}""";

    private static (List<FtmRecord> Records, List<ParseDiagnostic> Diagnostics) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static (List<FtmRecord> Records, List<ParseDiagnostic> Diagnostics) Read(byte[] bytes)
    {
        var diagnostics = new List<ParseDiagnostic>();
        var records = FtmReader.ReadEntities(new MemoryStream(bytes), "test.ftm.json", diagnostics).ToList();
        return (records, diagnostics);
    }

    [Fact]
    public void ReadEntities_ValidLine_KeepsFieldsAsWritten()
    {
        var (records, diagnostics) = Read(Person + "\n");

        var record = Assert.Single(records);
        Assert.Empty(diagnostics);
        Assert.Equal("p1", record.Id);
        Assert.Equal("Person", record.Schema);
        Assert.Equal("Ann Example", record.Caption);
        Assert.Equal(["Ann Example"], record.Values("name"));
        Assert.Equal(["sanction"], record.Values("topics"));
        Assert.Empty(record.Values("alias"));
        Assert.Equal(["demo"], record.Datasets);
        Assert.Equal(["r1", "r2"], record.Referents);
        Assert.True(record.Target);
        Assert.Equal("2024-01-02T03:04:05", record.FirstSeen);
        Assert.Equal("2024-02-01T00:00:00", record.LastSeen);
        Assert.Equal("2024-01-15T00:00:00", record.LastChange);
        Assert.Equal(1, record.Line);
    }

    [Fact]
    public void ReadEntities_BlankLinesAndCrLf_SkipsBlanksAndCountsLines()
    {
        var (records, diagnostics) = Read("\r\n" + Person + "\r\n   \r\n" + Company + "\r\n");

        Assert.Empty(diagnostics);
        Assert.Equal([2, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void ReadEntities_TruncatedLastLine_ReportsThatLineAndKeepsTheOthers()
    {
        var (records, diagnostics) = Read(Person + "\n" + Company[..40]);

        Assert.Equal(["p1"], records.Select(r => r.Id));
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.StartsWith("line 2, position ", problem.Location, StringComparison.Ordinal);
        Assert.Contains("Not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntities_GarbageLineBetweenRecords_ReportsItsPositionAndGoesOn()
    {
        var (records, diagnostics) = Read(Person + "\n{\"id\": nonsense}\n" + Company + "\n");

        Assert.Equal(["p1", "c1"], records.Select(r => r.Id));
        var problem = Assert.Single(diagnostics);
        // System.Text.Json reports the byte position after the token it could not read.
        Assert.Equal("line 2, position 8", problem.Location);
        Assert.Equal("test.ftm.json", problem.Source);
    }

    [Fact]
    public void ReadEntities_NoLineIsJson_ThrowsListFormatExceptionNamingFileAndLine()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("this is not json\nnor is this\n"));

        Assert.Equal("test.ftm.json", ex.File);
        Assert.Equal("line 1, position 1", ex.Location);
        Assert.Contains("No line is a FollowTheMoney entity", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntities_RandomBytes_ThrowsListFormatException()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        Assert.Throws<ListFormatException>(() => Read(bytes));
    }

    [Fact]
    public void ReadEntities_EmptyFile_ThrowsListFormatException()
    {
        var ex = Assert.Throws<ListFormatException>(() => Read("\n\n"));

        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntities_LineIsJsonArray_ReportsAndGoesOn()
    {
        var (records, diagnostics) = Read("[1, 2, 3]\n" + Company + "\n");

        Assert.Equal(["c1"], records.Select(r => r.Id));
        var problem = Assert.Single(diagnostics);
        Assert.Equal("line 1", problem.Location);
        Assert.Contains("found a JSON array", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntities_OnlyJsonArrays_ThrowsListFormatException()
    {
        Assert.Throws<ListFormatException>(() => Read("[1]\n[2]\n"));
    }

    [Fact]
    public void ReadEntities_DeeplyNestedValue_ReportsMaxDepthAndGoesOn()
    {
        var nested = new string('[', 200) + new string(']', 200);
        var deep = "{\"id\":\"d1\",\"schema\":\"Person\",\"properties\":{\"name\":" + nested + "}}";

        var (records, diagnostics) = Read(deep + "\n" + Company + "\n");

        Assert.Equal(["c1"], records.Select(r => r.Id));
        var problem = Assert.Single(diagnostics);
        Assert.StartsWith("line 1, position ", problem.Location, StringComparison.Ordinal);
        Assert.Contains("depth", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReadEntities_TenMegabytePropertyValue_CutsItWithAWarning()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var line = "{\"id\":\"big\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Big Name\"],\"notes\":[\"" + huge + "\"]}}";

        var (records, diagnostics) = Read(line + "\n");

        var record = Assert.Single(records);
        Assert.Equal(FtmReader.MaxValueLength, record.Values("notes")[0].Length);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("notes", warning.Field);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    public void ReadEntities_Utf16File_ConvertsItAndSaysSo(string encoding)
    {
        var text = Person + "\n" + Company.Replace("Example Ltd", "Пример ООО", StringComparison.Ordinal) + "\n";
        var bytes = encoding switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.Unicode.GetBytes(text),
        };

        var (records, diagnostics) = Read(bytes);

        Assert.Equal(["p1", "c1"], records.Select(r => r.Id));
        Assert.Equal("Пример ООО", records[1].Values("name")[0]);
        var note = Assert.Single(diagnostics);
        Assert.Contains("UTF-16", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEntities_Utf8ByteOrderMark_IsSkipped()
    {
        var (records, diagnostics) = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Person)]);

        Assert.Equal(["p1"], records.Select(r => r.Id));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ReadEntities_InvalidUtf8Byte_ReplacesItAndWarns()
    {
        var bytes = Encoding.UTF8.GetBytes(Company.Replace("Example Ltd", "Caf\u00e9 Ltd", StringComparison.Ordinal));
        var latin1 = bytes.ToList();
        var at = latin1.IndexOf(0xC3);
        latin1.RemoveAt(at + 1);
        latin1[at] = 0xE9;

        var (records, diagnostics) = Read(latin1.ToArray());

        Assert.Equal("Caf\uFFFD Ltd", Assert.Single(records).Values("name")[0]);
        Assert.Contains("not valid UTF-8", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schema":"Person","properties":{"name":["No Id"]}}""", "id")]
    [InlineData("""{"id":"x1","properties":{"name":["No Schema"]}}""", "schema")]
    public void ReadEntities_MissingIdOrSchema_ReportsErrorOnThatField(string line, string field)
    {
        var (records, diagnostics) = Read(line + "\n" + Company);

        Assert.Equal(["c1"], records.Select(r => r.Id));
        var problem = Assert.Single(diagnostics);
        Assert.Equal(field, problem.Field);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
    }

    [Fact]
    public void ReadEntities_ScalarsAndNestedEntities_AreKeptAsText()
    {
        const string line = """{"id":"o1","schema":"Ownership","properties":{"percentage":[50.5],"owner":[{"id":"p1","schema":"Person"}],"asset":"c1","flag":[true,null]}}""";

        var (records, diagnostics) = Read(line);

        var record = Assert.Single(records);
        Assert.Empty(diagnostics);
        Assert.Equal(["50.5"], record.Values("percentage"));
        Assert.Equal(["p1"], record.Values("owner"));
        Assert.Equal(["c1"], record.Values("asset"));
        Assert.Equal(["true"], record.Values("flag"));
    }

    [Fact]
    public void ReadEntities_TwoValuesOnOneLine_ReportsTheLine()
    {
        var (records, diagnostics) = Read(Company + Company + "\n" + Person);

        Assert.Equal(["p1"], records.Select(r => r.Id));
        Assert.Equal("line 1, position " + Company.Length, Assert.Single(diagnostics).Location);
    }

    [Fact]
    public void ReadEntities_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            FtmReader.ReadEntities(new MemoryStream(Encoding.UTF8.GetBytes(Person)), "x", new List<ParseDiagnostic>(), cancelled.Token).ToList());
    }

    [Fact]
    public void ParseEntityLine_Blank_ReturnsNullWithoutDiagnostic()
    {
        var diagnostics = new List<ParseDiagnostic>();

        Assert.Null(FtmReader.ParseEntityLine("  "u8, 3, "x", diagnostics));
        Assert.Empty(diagnostics);
        Assert.Equal(3, FtmReader.ParseEntityLine(Encoding.UTF8.GetBytes(Company), 3, "x", diagnostics)!.Line);
    }
}
