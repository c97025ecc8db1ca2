using System.Text;
using Credence.Lists.Ofac;
using Credence.Lists.Un;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Ofac;

/// <summary>Content sniffing of the three glue classes, on the fixtures' first 4 KiB.</summary>
public sealed class RecognizesTests
{
    [Theory]
    [InlineData("Ofac/sdn.csv", "csv")]
    [InlineData("Ofac/add.csv", "csv")]
    [InlineData("Ofac/alt.csv", "csv")]
    [InlineData("Ofac/sdn_comments.csv", "csv")]
    [InlineData("Ofac/cons_prim.csv", "csv")]
    [InlineData("Ofac/sdn.xml", "ofac-xml")]
    [InlineData("Ofac/consolidated.xml", "ofac-xml")]
    [InlineData("Un/un_consolidated_excerpt.xml", "un-xml")]
    [InlineData("Ofac/README.md", "none")]
    public void Recognizes_FixtureHead_OnlyItsOwnReaderSaysYes(string fixture, string expected)
    {
        var head = Head(File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot(), "tests", "Credence.Lists.Tests", "Fixtures", fixture)));

        Assert.Equal(
            (expected == "csv", expected == "ofac-xml", expected == "un-xml"),
            (OfacCsvList.Recognizes(head), OfacXmlList.Recognizes(head), UnXmlList.Recognizes(head)));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- exported --><x:sdnList xmlns:x=\"urn:a\"><sdnEntry/>", true)]
    [InlineData("<sdnListing/>", false)]
    [InlineData("<", false)]
    [InlineData("", false)]
    public void Recognizes_XmlRoot_IsMatchedByLocalName(string xml, bool expected) =>
        Assert.Equal(expected, OfacXmlList.Recognizes(Encoding.UTF8.GetBytes(xml)));

    [Fact]
    public void Recognizes_Utf16XmlWithByteOrderMark_IsRecognised()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?><CONSOLIDATED_LIST/>")).ToArray();

        Assert.True(UnXmlList.Recognizes(bytes));
    }

    [Theory]
    [InlineData("name,schema,dob\nJohn,Person,1970")]
    [InlineData("12345")]
    [InlineData("12345,plain,text")]
    public void Recognizes_OtherCsv_IsNotOfac(string text) => Assert.False(OfacCsvList.Recognizes(Encoding.UTF8.GetBytes(text)));

    private static byte[] Head(byte[] bytes) => bytes[..Math.Min(bytes.Length, 4096)];
}
