using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;

namespace Credence.Lists.Tests.Ofac;

public sealed class OfacCsvReaderTests
{
    [Fact]
    public void ReadPrimary_FileEndingWithEndOfFileByte_ReadsEveryRowWithoutDiagnostics()
    {
        var diagnostics = new List<ParseDiagnostic>();
        using var content = OfacFixtures.Stream("sdn.csv");

        var records = OfacFixtures.ReadPrimary(content, diagnostics);

        Assert.Equal(0x1A, OfacFixtures.Bytes("sdn.csv")[^1]);
        Assert.Equal([36, 4238, 7782, 15431, 15496, 27225, 28263, 31516, 31517], records.Select(r => r.EntNum));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ReadPrimary_EmptyMarker_BecomesNullAndValuesAreTrimmed()
    {
        using var content = OfacFixtures.Stream("sdn.csv");

        var records = OfacFixtures.ReadPrimary(content, []);

        var airline = records[0];
        Assert.Equal(new RawRecordRef("sdn.csv", "line 1"), airline.Raw);
        Assert.Null(airline.Type);
        Assert.Null(airline.Remarks);
        var vessel = records[1];
        Assert.Equal(("vessel", "CL2192", "Tug", "212", "Cuba", "Samir de Navegacion S.A."),
            (vessel.Type, vessel.CallSign, vessel.VesselType, vessel.GrossRegisteredTonnage, vessel.VesselFlag, vessel.VesselOwner));
        Assert.Null(vessel.Tonnage);
    }

    [Fact]
    public void ReadPrimary_RowsWithWrongColumnCounts_AreReportedAndTheRestIsRead()
    {
        var diagnostics = new List<ParseDiagnostic>();
        using var content = OfacFixtures.Csv(
            OfacFixtures.Row(1, "FIRST"),
            "2,\"TOO FEW\",-0- ,\"SDGT\"",
            OfacFixtures.Row(3, "TOO MANY") + ",-0- ",
            OfacFixtures.Row(4, "LAST"));

        var records = OfacFixtures.ReadPrimary(content, diagnostics);

        Assert.Equal(["FIRST", "LAST"], records.Select(r => r.Name));
        Assert.Equal(new RawRecordRef("sdn.csv", "line 4"), records[1].Raw);
        Assert.Collection(diagnostics,
            d => Assert.Equal(("line 2", DiagnosticSeverity.Error, "the row has 4 fields, expected 12; row skipped"), (d.Location, d.Severity, d.Message)),
            d => Assert.Equal(("line 3", DiagnosticSeverity.Error, "the row has 13 fields, expected 12; row skipped"), (d.Location, d.Severity, d.Message)));
    }

    [Fact]
    public void ReadPrimary_NonNumericEntNumOrMissingName_IsSkippedWithError()
    {
        var diagnostics = new List<ParseDiagnostic>();
        using var content = OfacFixtures.Csv(OfacFixtures.Row(1, "GOOD"), OfacFixtures.Row(2, "X").Replace("2,", "A2,", StringComparison.Ordinal),
            "3,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");

        var records = OfacFixtures.ReadPrimary(content, diagnostics);

        Assert.Single(records);
        Assert.Equal([("ent_num", "line 2"), ("SDN_Name", "line 3")], diagnostics.Select(d => (d.Field, d.Location)));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void ReadPrimary_TruncatedFile_KeepsCompleteRowsAndReportsTheCutOne()
    {
        var bytes = OfacFixtures.Bytes("sdn.csv");
        var text = Encoding.Latin1.GetString(bytes);
        var cut = text.IndexOf("27225,\"HLAING, Min", StringComparison.Ordinal) + "27225,\"HLAING, Min".Length;
        var diagnostics = new List<ParseDiagnostic>();

        var records = OfacFixtures.ReadPrimary(new MemoryStream(bytes[..cut]), diagnostics);

        Assert.Equal(5, records.Count);
        Assert.All(diagnostics, d => Assert.Equal("line 6", d.Location));
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("2 fields", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("never ends", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ReadPrimary_RandomBytes_ThrowsListFormatException(int seed)
    {
        var bytes = new byte[64 * 1024];
        new Random(seed).NextBytes(bytes);

        var error = Assert.Throws<ListFormatException>(() => OfacFixtures.ReadPrimary(new MemoryStream(bytes), []));

        Assert.Equal("sdn.csv", error.File);
        Assert.StartsWith("line ", error.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", true)]
    [InlineData("utf-16", false)]
    [InlineData("utf-16BE", true)]
    public void ReadPrimary_Utf16File_IsDecodedWithWarning(string encodingName, bool byteOrderMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = OfacFixtures.Row(7, "MUÑOZ, José") + "\r\n" + OfacFixtures.Row(8, "SECOND") + "\r\n";
        var bytes = byteOrderMark ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
        var diagnostics = new List<ParseDiagnostic>();

        var records = OfacFixtures.ReadPrimary(new MemoryStream(bytes), diagnostics);

        Assert.Equal(["MUÑOZ, José", "SECOND"], records.Select(r => r.Name));
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("UTF-16", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPrimary_Windows1252Bytes_AreDecodedWithoutDiagnostics()
    {
        var diagnostics = new List<ParseDiagnostic>();
        using var content = OfacFixtures.Csv(OfacFixtures.Row(1, "MUÑOZ, José"));

        var record = Assert.Single(OfacFixtures.ReadPrimary(content, diagnostics));

        Assert.Equal("MUÑOZ, José", record.Name);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ReadPrimary_ValidUtf8WithNonAscii_IsDecodedAsUtf8WithWarning()
    {
        var diagnostics = new List<ParseDiagnostic>();
        var bytes = Encoding.UTF8.GetBytes(OfacFixtures.Row(1, "MUÑOZ, José") + "\r\n");

        var record = Assert.Single(OfacFixtures.ReadPrimary(new MemoryStream(bytes), diagnostics));

        Assert.Equal("MUÑOZ, José", record.Name);
        var warning = Assert.Single(diagnostics);
        Assert.Contains("UTF-8", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x1A })]
    [InlineData(new byte[] { 0x0D, 0x0A, 0x1A })]
    public void ReadPrimary_EmptyFile_ThrowsButEmptyCompanionIsAnEmptyList(byte[] bytes)
    {
        Assert.Throws<ListFormatException>(() => OfacFixtures.ReadPrimary(new MemoryStream(bytes), []));
        Assert.Empty(OfacCsvReader.ReadAliases(new MemoryStream(bytes), "alt.csv", []));
    }

    [Fact]
    public void ReadPrimary_QuotedLineBreak_LaterRowsKeepTheirPhysicalLineNumbers()
    {
        using var content = OfacFixtures.Csv(OfacFixtures.Row(1, "FIRST", remarks: "\"two\r\nlines\""), OfacFixtures.Row(2, "SECOND"));

        var records = OfacFixtures.ReadPrimary(content, []);

        Assert.Equal("two\r\nlines", records[0].Remarks);
        Assert.Equal(["line 1", "line 3"], records.Select(r => r.Raw.Location));
    }

    [Fact]
    public void ReadComments_ContinuationText_IsKeptUntrimmed()
    {
        using var content = OfacFixtures.Csv("5,\" continues here\"");

        var comment = Assert.Single(OfacCsvReader.ReadComments(content, "sdn_comments.csv", []));

        Assert.Equal((5, " continues here"), (comment.EntNum, comment.Remarks));
    }
}
