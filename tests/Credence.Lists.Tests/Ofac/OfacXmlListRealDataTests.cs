using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Ofac;
using Credence.TestSupport;
using Xunit.Abstractions;

namespace Credence.Lists.Tests.Ofac;

/// <summary>The OFAC Consolidated list in sdnList XML, ../shared/data/ofac/consolidated_non_sdn_xml_2025-03-28.</summary>
public sealed class OfacXmlListRealDataTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Read_ConsolidatedXml_ReadsEveryEntryAsOfacCons()
    {
        var result = Read();
        foreach (var diagnostic in result.Diagnostics.Take(20)) output.WriteLine(diagnostic.ToString());

        Assert.Equal(ListSources.OfacConsolidated.Id, result.Source);
        Assert.Equal(ListFormat.OfacXml, result.Format);
        Assert.Equal(443, result.Entities.Count);
        Assert.Equal(new DateOnly(2025, 3, 28), result.Published);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [SharedDataFact]
    public void Read_ConsolidatedXml_MogeHasWeakAliasesAddressesAndListingDate()
    {
        var moge = Assert.Single(Read().Entities, e => e.SourceId == "46072");

        Assert.Equal("MYANMA OIL AND GAS ENTERPRISE", moge.PrimaryName);
        Assert.Equal(EntitySchema.Organization, moge.Schema);
        Assert.Equal(
            [new EntityName("MYANMA OIL AND GAS ENTERPRISE"), new EntityName("MOGE", NameQuality.Weak, "aka"), new EntityName("M.O.G.E.", NameQuality.Weak, "aka")],
            moge.Names);
        Assert.Equal(["BURMA-EO14014"], moge.Programs);
        Assert.Equal(["mm"], moge.Countries);
        Assert.Equal(["Complex No. 44, Nay Pyi Taw, Naypyidaw Union Territory, Burma", "Building No. 6, Nay Pyi Taw, Burma"], moge.Addresses);
        Assert.Equal(new DateOnly(2023, 10, 31), moge.ListedOn);
        // Facts filed as ids (established date, target type, directive text) are not identifiers.
        Assert.Empty(moge.Identifiers);
        Assert.Equal(new RawRecordRef("consolidated.xml", "sdnEntry uid=46072"), moge.Raw);
    }

    [SharedDataFact]
    public void Read_ConsolidatedXml_PersonNameIsWrittenLastCommaFirst()
    {
        var haniya = Assert.Single(Read().Entities, e => e.SourceId == "9639");

        Assert.Equal("HANIYA, Ismail Abdul Salah", haniya.PrimaryName);
        Assert.Equal(EntitySchema.Person, haniya.Schema);
        Assert.Contains(new EntityName("HANIYYA, Ismaeel", NameQuality.Strong, "aka"), haniya.Names);
        Assert.Equal([new PartialDate(1962)], haniya.BirthDates);
    }

    private static ListReadResult Read()
    {
        using var stream = File.OpenRead(SharedData.Path("data", "ofac", "consolidated_non_sdn_xml_2025-03-28", "consolidated.xml"));
        return new OfacXmlList().Read(new ListInput { FileName = "consolidated.xml", Content = stream });
    }
}
