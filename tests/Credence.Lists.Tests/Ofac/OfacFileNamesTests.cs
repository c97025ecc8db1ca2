using Credence.Lists.Ofac;

namespace Credence.Lists.Tests.Ofac;

public sealed class OfacFileNamesTests
{
    [Theory]
    [InlineData("sdn.csv", "ofac-sdn")]
    [InlineData("SDN.CSV", "ofac-sdn")]
    [InlineData("sdn.xml", "ofac-sdn")]
    [InlineData("cons_prim.csv", "ofac-cons")]
    [InlineData("CONS_PRIM.CSV", "ofac-cons")]
    [InlineData("consolidated.xml", "ofac-cons")]
    [InlineData("/lists/2025/CONSOLIDATED.XML", "ofac-cons")]
    [InlineData("ofac_consolidated_2025.xml", "ofac-cons")]
    [InlineData("my_sdn_copy.csv", "ofac-sdn")]
    public void SourceFor_FileName_PicksTheList(string fileName, string source) =>
        Assert.Equal(source, OfacFileNames.SourceFor(fileName).Id);

    [Theory]
    [InlineData("add.csv", "add")]
    [InlineData("cons_add.csv", "add")]
    [InlineData("ALT.CSV", "alt")]
    [InlineData("cons_alt.csv", "alt")]
    [InlineData("sdn_comments.csv", "comments")]
    [InlineData("cons_comments.csv", "comments")]
    [InlineData("sdn.csv", null)]
    [InlineData("address.csv", null)]
    public void CompanionRole_FileName_GivesRole(string fileName, string? role) =>
        Assert.Equal(role, OfacFileNames.CompanionRole(fileName));

    [Theory]
    [InlineData("sdn.csv", true)]
    [InlineData("cons_prim.csv", true)]
    [InlineData("add.csv", false)]
    [InlineData("sdn.xml", false)]
    public void IsPrimaryCsv_FileName_Answers(string fileName, bool primary) =>
        Assert.Equal(primary, OfacFileNames.IsPrimaryCsv(fileName));
}
