using System.Text;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Eu;

namespace Credence.Lists.Tests.Eu;

/// <summary>Bad input for both EU XML readers: never a crash or a hang, one <see cref="ListFormatException"/> naming the place, or a diagnostic.</summary>
public sealed class EuXmlRobustnessTests
{
    private const string CurrentEntity = """
        <sanctionEntity logicalId="1" euReferenceNumber="EU.1.1"><subjectType code="person" classificationCode="P"/><nameAlias wholeName="Test Person One" strong="true"/></sanctionEntity>
        """;

    private const string LegacyEntity = """
        <ENTITY Id="1" Type="P" reg_date="2012-02-21" programme="ZWE"><NAME Id="1"><WHOLENAME>Test Person One</WHOLENAME></NAME></ENTITY>
        """;

    public static TheoryData<string> Formats => ["current", "legacy"];

    private static IListFormatReader Reader(string format) => format == "current" ? new EuFsfXmlList() : new EuFsfLegacyXmlList();

    private static string Document(string format, string entities) =>
        format == "current" ? EuTestFiles.Export(entities) : EuTestFiles.Whole(entities);

    private static string OneEntity(string format) => Document(format, format == "current" ? CurrentEntity : LegacyEntity);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_WellFormedMinimalDocument_ReadsTheEntity(string format)
    {
        var result = Reader(format).Read(EuTestFiles.Text(OneEntity(format)));

        var entity = Assert.Single(result.Entities);
        Assert.Equal("eu-fsf:1", entity.Id);
        Assert.Equal("Test Person One", entity.PrimaryName);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_TruncatedXml_ThrowsWithLineAndPosition(string format)
    {
        var text = OneEntity(format);
        var truncated = text[..(text.IndexOf("Test Person", StringComparison.Ordinal) + 4)];

        var error = Assert.Throws<ListFormatException>(() => Reader(format).Read(EuTestFiles.Text(truncated, "cut.xml")));

        Assert.Equal("cut.xml", error.File);
        Assert.Matches(@"^line \d+, position \d+$", error.Location);
        Assert.Contains("not well-formed", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_GarbageBytes_ThrowsListFormatException(string format)
    {
        var garbage = new byte[4096];
        new Random(20250602).NextBytes(garbage);

        var error = EuTestFiles.CatchWithin(() => Reader(format).Read(EuTestFiles.Bytes(garbage, "noise.bin")));

        var formatError = Assert.IsType<ListFormatException>(error);
        Assert.Equal("noise.bin", formatError.File);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_EmptyInput_ThrowsListFormatException(string format)
    {
        Assert.Throws<ListFormatException>(() => Reader(format).Read(EuTestFiles.Bytes([])));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_WrongRootElement_ThrowsNamingTheRoot(string format)
    {
        var error = Assert.Throws<ListFormatException>(() =>
            Reader(format).Read(EuTestFiles.Text("<?xml version=\"1.0\"?>\n<sdnList><sdnEntry/></sdnList>")));

        Assert.Contains("<sdnList>", error.Reason, StringComparison.Ordinal);
        Assert.Equal("line 2, position 2", error.Location);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_OtherEuFormat_ThrowsWrongRoot(string format)
    {
        var other = format == "current" ? "legacy" : "current";

        var error = Assert.Throws<ListFormatException>(() => Reader(format).Read(EuTestFiles.Text(OneEntity(other))));

        Assert.Contains("root element", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_InternalDtd_ThrowsDtdNotAllowed(string format)
    {
        var text = OneEntity(format).Replace("?>", "?>\n<!DOCTYPE x [ <!ENTITY name \"Injected\"> ]>", StringComparison.Ordinal);

        var error = Assert.IsType<ListFormatException>(EuTestFiles.CatchWithin(() => Reader(format).Read(EuTestFiles.Text(text))));

        Assert.Contains("DTDs are not allowed", error.Reason, StringComparison.Ordinal);
        Assert.Equal("before the root element", error.Location);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_ExternalEntity_ThrowsAndNeverReadsTheFile(string format)
    {
        var secret = Path.Combine(Path.GetTempPath(), $"credence-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "XXE-SECRET-MARKER");
        try
        {
            var uri = new Uri(secret).AbsoluteUri;
            var text = OneEntity(format)
                .Replace("?>", $"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"{uri}\"> ]>", StringComparison.Ordinal)
                .Replace("Test Person One", "&xxe;", StringComparison.Ordinal);

            var error = Assert.IsType<ListFormatException>(EuTestFiles.CatchWithin(() => Reader(format).Read(EuTestFiles.Text(text))));

            Assert.Contains("DTD", error.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain("XXE-SECRET-MARKER", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_BillionLaughs_ThrowsWithoutExpanding(string format)
    {
        var dtd = new StringBuilder("<!DOCTYPE lolz [ <!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++) dtd.Append($"<!ENTITY lol{i} \"&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};\">");
        dtd.Append(" ]>");
        var text = OneEntity(format)
            .Replace("?>", "?>\n" + dtd, StringComparison.Ordinal)
            .Replace("Test Person One", "&lol9;", StringComparison.Ordinal);

        var error = Assert.IsType<ListFormatException>(EuTestFiles.CatchWithin(() => Reader(format).Read(EuTestFiles.Text(text))));

        Assert.Contains("DTDs are not allowed", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_UndeclaredEntityReference_ThrowsListFormatException(string format)
    {
        var text = OneEntity(format).Replace("Test Person One", "Test &nbsp; Person", StringComparison.Ordinal);

        var error = Assert.Throws<ListFormatException>(() => Reader(format).Read(EuTestFiles.Text(text)));

        Assert.StartsWith("line ", error.Location, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_TenMegabyteName_IsCappedWithDiagnostic(string format)
    {
        var huge = new string('A', 10 * 1024 * 1024);
        var text = OneEntity(format).Replace("Test Person One", huge, StringComparison.Ordinal);

        var result = Reader(format).Read(EuTestFiles.Text(text, "huge.xml"));

        var entity = Assert.Single(result.Entities);
        Assert.Equal(4_096, entity.PrimaryName.Length);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(format == "current" ? "wholeName" : "WHOLENAME", diagnostic.Field);
        Assert.Contains("10,485,760", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_InvalidUtf8Bytes_ReplacedAndReported(string format)
    {
        var bytes = Encoding.UTF8.GetBytes(OneEntity(format).Replace("Test Person One", "Test P\u00e9rson One", StringComparison.Ordinal));
        var latin1 = Encoding.Latin1.GetBytes("Test P\u00e9rson One");
        var utf8 = Encoding.UTF8.GetBytes("Test P\u00e9rson One");
        var at = bytes.AsSpan().IndexOf(utf8);
        var broken = bytes[..at].Concat(latin1).Concat(bytes[(at + utf8.Length)..]).ToArray();

        var result = Reader(format).Read(EuTestFiles.Bytes(broken));

        Assert.Equal("Test P\uFFFDrson One", Assert.Single(result.Entities).PrimaryName);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_CancelledToken_ThrowsOperationCanceled(string format)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Reader(format).Read(EuTestFiles.Text(OneEntity(format)), cancelled.Token));
    }

    [Fact]
    public void Read_EntityWithTwoHundredThousandAliases_StaysLinear()
    {
        var aliases = new StringBuilder();
        for (var i = 0; i < 200_000; i++) aliases.Append($"<nameAlias wholeName=\"Alias {i % 100_000}\" strong=\"false\"/>");
        var text = EuTestFiles.Export($"<sanctionEntity logicalId=\"1\"><subjectType code=\"person\"/>{aliases}</sanctionEntity>");

        ListReadResult? result = null;
        Assert.Null(EuTestFiles.CatchWithin(() => result = new EuFsfXmlList().Read(EuTestFiles.Text(text))));

        Assert.Equal(100_000, Assert.Single(result!.Entities).Names.Count);
    }

    [Fact]
    public void Read_CurrentEntityWithBadDates_WarnsAndKeepsEveryEntity()
    {
        const string entities = """
            <sanctionEntity logicalId="1" designationDate="2021-02-30"><subjectType code="person"/><nameAlias wholeName="First Person" strong="true"/><birthdate birthdate="19xx-01-01"/><birthdate year="1970"/></sanctionEntity>
            <sanctionEntity logicalId="2"><subjectType code="person"/><nameAlias wholeName="Second Person" strong="true"/><birthdate year="1971"/></sanctionEntity>
            """;

        var result = new EuFsfXmlList().Read(EuTestFiles.Text(EuTestFiles.Export(entities), "dates.xml"));

        Assert.Equal(["First Person", "Second Person"], result.Entities.Select(e => e.PrimaryName));
        Assert.Equal([new PartialDate(1970)], result.Entities[0].BirthDates);
        Assert.Null(result.Entities[0].ListedOn);
        Assert.Equal([new PartialDate(1971)], result.Entities[1].BirthDates);
        Assert.Collection(result.Diagnostics,
            d => Assert.Equal(("sanctionEntity logicalId=1/birthdate (line 3)", "birthdate", DiagnosticSeverity.Warning), (d.Location, d.Field, d.Severity)),
            d => Assert.Equal(("sanctionEntity logicalId=1 (line 3)", "designationDate"), (d.Location, d.Field)));
    }

    [Fact]
    public void Read_LegacyEntityWithBadDate_WarnsAndKeepsEveryEntity()
    {
        const string entities = """
            <ENTITY Id="1" Type="P" reg_date="someday"><NAME Id="1"><WHOLENAME>First Person</WHOLENAME></NAME><BIRTH Id="1"><DATE>around 1970</DATE></BIRTH><BIRTH Id="2"><DATE>1971-04-05</DATE></BIRTH></ENTITY>
            <ENTITY Id="2" Type="E"><NAME Id="2"><WHOLENAME>Second Company</WHOLENAME></NAME></ENTITY>
            """;

        var result = new EuFsfLegacyXmlList().Read(EuTestFiles.Text(EuTestFiles.Whole(entities), "legacy.xml"));

        Assert.Equal(["First Person", "Second Company"], result.Entities.Select(e => e.PrimaryName));
        Assert.Equal([new PartialDate(1971, 4, 5)], result.Entities[0].BirthDates);
        Assert.Null(result.Entities[0].ListedOn);
        Assert.Collection(result.Diagnostics,
            d => Assert.Equal(("ENTITY Id=1/BIRTH (line 3)", "DATE"), (d.Location, d.Field)),
            d => Assert.Equal(("ENTITY Id=1 (line 3)", "reg_date"), (d.Location, d.Field)));
    }

    [Fact]
    public void Read_CurrentEntityWithoutName_IsSkippedWithError()
    {
        const string entities = """
            <sanctionEntity logicalId="1"><subjectType code="person"/><nameAlias wholeName="" strong="true"/></sanctionEntity>
            <sanctionEntity logicalId="2"><subjectType code="person"/><nameAlias wholeName="Kept Person" strong="true"/></sanctionEntity>
            """;

        var result = new EuFsfXmlList().Read(EuTestFiles.Text(EuTestFiles.Export(entities)));

        Assert.Equal("Kept Person", Assert.Single(result.Entities).PrimaryName);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.StartsWith("sanctionEntity logicalId=1", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LegacyStream_IsLeftOpen()
    {
        var input = EuTestFiles.Text(OneEntity("legacy"));

        new EuFsfLegacyXmlList().Read(input);

        Assert.True(input.Content.CanRead);
    }
}
