using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Eu;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Eu;

public sealed class EuFsfLegacyXmlListTests
{
    private static readonly Lazy<ListReadResult> Excerpt = new(() =>
        new EuFsfLegacyXmlList().Read(EuTestFiles.Shared("eu", "eu_fsf_legacy_xml_2016-02-11_excerpt.xml")));

    [SharedDataFact]
    public void Read_RealExcerpt_Has595EntitiesAndItsDate()
    {
        var result = Excerpt.Value;

        Assert.Equal(595, result.Entities.Count);
        Assert.Equal(319, result.Entities.Count(e => e.Schema == EntitySchema.Person));
        Assert.Equal(276, result.Entities.Count(e => e.Schema == EntitySchema.Organization));
        Assert.Equal(new DateOnly(2016, 2, 11), result.Published);
        Assert.Equal(ListFormat.EuFsfLegacyXml, result.Format);
        Assert.Equal(595, result.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [SharedDataFact]
    public void Read_RealExcerpt_MugabeEntityMappedInFull()
    {
        var mugabe = Assert.Single(Excerpt.Value.Entities, e => e.SourceId == "1");

        Assert.Equal([new EntityName("Robert Gabriel Mugabe")], mugabe.Names);
        Assert.Equal([new PartialDate(1924, 2, 21)], mugabe.BirthDates);
        Assert.Equal([new EntityIdentifier("National passport", "AD001095")], mugabe.Identifiers);
        Assert.Equal(["ZWE"], mugabe.Programs);
        Assert.Equal(new DateOnly(2012, 2, 21), mugabe.ListedOn);
        Assert.StartsWith("(Entity is sanctioned in regime 310/2002", mugabe.Remarks, StringComparison.Ordinal);
        Assert.Equal(new RawRecordRef("eu_fsf_legacy_xml_2016-02-11_excerpt.xml", "ENTITY Id=1"), mugabe.Raw);
    }

    [SharedDataFact]
    public void Read_RealExcerpt_AliasesAndAlpha3CountriesMapped()
    {
        var saddam = Assert.Single(Excerpt.Value.Entities, e => e.SourceId == "13");

        Assert.Equal(["Saddam Hussein Al-Tikriti", "Abu Ali", "Abou Ali"], saddam.Names.Select(n => n.Value));
        Assert.Equal(["primary", "aka", "aka"], saddam.Names.Select(n => n.Kind));
        Assert.Equal(["iq"], saddam.Countries);
        Assert.Equal([new PartialDate(1937, 4, 28)], saddam.BirthDates);
    }

    [SharedDataFact]
    public void Read_RealExcerpt_ApproximateYearsAndSpansKeptAsYears()
    {
        var result = Excerpt.Value;

        // 30 BIRTH dates are "YYYY - YYYY (approximative)" spans of six years; each becomes its years, never a warning.
        Assert.Contains(result.Entities, e => e.BirthDates.Count >= 6 && e.BirthDates.All(d => d.Month is null));
        Assert.DoesNotContain(result.Diagnostics, d => string.Equals(d.Field, "DATE", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_InlineEntity_SplitsPassportNumberFromItsType()
    {
        const string entity = """
            <ENTITY Id="7" Type="P" reg_date="2003-07-07" programme="IRQ" remark="">
            <NAME Id="1"><LASTNAME>Example</LASTNAME><FIRSTNAME>Sami</FIRSTNAME><MIDDLENAME/><WHOLENAME/></NAME>
            <PASSPORT Id="1"><NUMBER>D 0001203 (passport-National passport) ((afghan passport))</NUMBER><COUNTRY>AFG</COUNTRY></PASSPORT>
            <PASSPORT Id="2"><NUMBER>Ration Card no. 0094195</NUMBER><COUNTRY/></PASSPORT>
            <CITIZEN Id="1"><COUNTRY>YUG</COUNTRY></CITIZEN>
            <ADDRESS Id="1"><NUMBER/><STREET>Haifa Street</STREET><ZIPCODE>PO Box 7177</ZIPCODE><CITY>Baghdad</CITY><COUNTRY>IRQ</COUNTRY><OTHER/></ADDRESS>
            </ENTITY>
            """;

        var person = Assert.Single(new EuFsfLegacyXmlList().Read(EuTestFiles.Text(EuTestFiles.Whole(entity))).Entities);

        Assert.Equal("Sami Example", person.PrimaryName);
        Assert.Equal(
            [new EntityIdentifier("National passport", "D 0001203", "af"), new EntityIdentifier("Passport", "Ration Card no. 0094195")],
            person.Identifiers);
        Assert.Equal(["YUG", "iq"], person.Countries);
        Assert.Equal(["Haifa Street, PO Box 7177 Baghdad, IRQ"], person.Addresses);
        Assert.Null(person.Remarks);
    }

    [Theory]
    [InlineData("11/02/2016", "2016-02-11", 0)]
    [InlineData("2016-02-11", null, 1)]
    public void Read_WholeDate_ParsedAsDayMonthYear(string date, string? expected, int warnings)
    {
        var result = new EuFsfLegacyXmlList().Read(EuTestFiles.Text(EuTestFiles.Whole("", date)));

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Published);
        Assert.Equal(warnings, result.Diagnostics.Count);
        Assert.Empty(result.Entities);
    }

    [Theory]
    [InlineData("<WHOLE Date=\"11/02/2016\"><ENTITY Id=\"1\" Type=\"P\">", true)]
    [InlineData("<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">", false)]
    public void LooksLike_FirstBytes_RecognisesWholeAndEntity(string head, bool expected)
    {
        Assert.Equal(expected, EuFsfLegacyXmlList.LooksLike(System.Text.Encoding.UTF8.GetBytes(head)));
    }
}
