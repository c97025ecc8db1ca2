using Credence.Core.Entities;
using Credence.Lists.Ofac;

namespace Credence.Lists.Tests.Ofac;

public sealed class OfacRemarksTests
{
    [Theory]
    [InlineData("Registration Number 156387282 (Burma); a.k.a. 'MEHL'.", "Registration Number", "156387282", "mm")]
    [InlineData("Passport K47248790 (Iran) expires 20 Oct 2023", "Passport", "K47248790", "ir")]
    [InlineData("alt. Passport 563120356 (Korea, North) issued 19 Mar 2018", "Passport", "563120356", "kp")]
    [InlineData("National ID No. 12/BAHANA(N)010023 (Burma).", "National ID No.", "12/BAHANA(N)010023", "mm")]
    [InlineData("Registration Number HRB 770549 (Stuttgart) (Germany)", "Registration Number", "HRB 770549 (Stuttgart)", "de")]
    [InlineData("Passport K754050 issued 26 May 1999 expires 25 May 2004", "Passport", "K754050", null)]
    [InlineData("Vessel Registration Identification IMO 7406784", "IMO", "7406784", null)]
    [InlineData("IMO 9187629; MMSI 572469210", "IMO", "9187629", null)]
    [InlineData("Identification Number IMO 5342883.", "IMO", "5342883", null)]
    [InlineData("Tax ID No. 100036386 (Serbia)", "Tax ID No.", "100036386", "rs")]
    [InlineData("Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", "Digital Currency Address - XBT", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", null)]
    public void Parse_IdentifierPart_GivesTypeValueAndIssuingCountry(string remarks, string type, string value, string? country)
    {
        var identifier = OfacRemarks.Parse(remarks).Identifiers[0];

        Assert.Equal(new EntityIdentifier(type, value, country), identifier);
    }

    [Theory]
    [InlineData("a.k.a. 'MEHL'.", "MEHL", "aka")]
    [InlineData("Linked To: X; f.k.a. 'AL-QA'IDA'; DOB 1960", "AL-QA'IDA", "fka")]
    [InlineData("n.k.a. 'NEW NAME LTD.'", "NEW NAME LTD.", "nka")]
    [InlineData("a.k.a. 'M.O.G.E.'.", "M.O.G.E.", "aka")]
    public void Parse_AliasPart_IsWeakAliasWithKind(string remarks, string name, string kind)
    {
        var alias = Assert.Single(OfacRemarks.Parse(remarks).Aliases);

        Assert.Equal(new EntityName(name, NameQuality.Weak, kind), alias);
    }

    [Fact]
    public void Parse_PersonRemarks_ReadsEveryKnownPart()
    {
        var remarks = OfacRemarks.Parse(
            "DOB 03 Jul 1956; alt. DOB circa 1957; POB Dawei, Burma; nationality Burma; citizen Korea, North; Gender Male; " +
            "Secondary sanctions risk: section 1(b) of Executive Order 13224; Linked To: LAZARUS GROUP.");

        Assert.Equal(["03 Jul 1956", "circa 1957"], remarks.BirthDates);
        Assert.Equal(["Dawei, Burma"], remarks.BirthPlaces);
        Assert.Equal(["Burma", "Korea, North"], remarks.Countries);
        Assert.Equal("Male", remarks.Gender);
        Assert.Equal(["LAZARUS GROUP"], remarks.LinkedTo);
        Assert.Empty(remarks.Identifiers);
        Assert.Empty(remarks.Aliases);
    }

    [Fact]
    public void Parse_MiddlePartEndingInDot_KeepsTheDot()
    {
        var remarks = OfacRemarks.Parse("Linked To: C.I. METALURGIA S.A.S.; Linked To: R D I S.A.");

        Assert.Equal(["C.I. METALURGIA S.A.S.", "R D I S.A"], remarks.LinkedTo);
    }

    [Fact]
    public void Parse_ListingDateAndBareSemicolon_AreRead()
    {
        var remarks = OfacRemarks.Parse("Listing Date (EO 14014 Directive 1): 31 Oct 2023; nationality Palestinian;arrested 23 Apr 2002");

        Assert.Equal(["31 Oct 2023"], remarks.ListingDates);
        Assert.Equal(["Palestinian"], remarks.Countries);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Website www.example.com; Organization Established Date 1963")]
    public void Parse_NothingKnown_GivesEmptyResult(string? text)
    {
        var remarks = OfacRemarks.Parse(text);

        Assert.Empty(remarks.Aliases);
        Assert.Empty(remarks.BirthDates);
        Assert.Empty(remarks.Identifiers);
        Assert.Empty(remarks.Countries);
        Assert.Null(remarks.Gender);
    }
}
