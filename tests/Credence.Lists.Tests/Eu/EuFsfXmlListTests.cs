using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Eu;

namespace Credence.Lists.Tests.Eu;

public sealed class EuFsfXmlListTests
{
    private const string Sample = "eu_fsf_current_sample.xml";

    private static ListReadResult ReadSample() => new EuFsfXmlList().Read(EuTestFiles.Fixture(Sample));

    private static SanctionEntity Entity(ListReadResult result, string logicalId) => Assert.Single(result.Entities, e => e.SourceId == logicalId);

    [Fact]
    public void Read_HandWrittenSample_MatchesGoldenFile()
    {
        EuGoldenJson.AssertMatches(EuGoldenJson.Render(ReadSample()), "eu_fsf_current_sample.expected.json");
    }

    [Fact]
    public void Read_HandWrittenSample_ReadsEveryEntityAsEuFsf()
    {
        var result = ReadSample();

        Assert.Equal("eu-fsf", result.Source);
        Assert.Equal(ListFormat.EuFsfXml, result.Format);
        Assert.Equal(new DateOnly(2025, 6, 2), result.Published);
        Assert.Equal(8, result.Entities.Count);
        Assert.All(result.Entities, e => Assert.Equal(["eu"], e.Authorities));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Read_MyanmarPerson_PrimaryThenStrongAndWeakAliases()
    {
        var person = Entity(ReadSample(), "910001");

        Assert.Equal(EntitySchema.Person, person.Schema);
        Assert.Equal(
            [
                new EntityName("Thura Aung Myint"),
                new EntityName("U Thura Aung Myint", NameQuality.Strong, "aka"),
                new EntityName("Thura Myint", NameQuality.Weak, "aka"),
                new EntityName("Bo Thura", NameQuality.Weak, "aka"),
            ],
            person.Names);
        Assert.Equal(["mm"], person.Countries);
        Assert.Equal(["MMR"], person.Programs);
        Assert.Equal(new DateOnly(2021, 3, 22), person.ListedOn);
        Assert.Equal([new PartialDate(1962, 5, 14)], person.BirthDates);
        Assert.Equal(new RawRecordRef(Sample, "sanctionEntity logicalId=910001"), person.Raw);
    }

    [Fact]
    public void Read_MyanmarEnterprise_KeepsRegulationProgrammeAndPublishedSpacing()
    {
        var company = Entity(ReadSample(), "910002");

        Assert.Equal(EntitySchema.Organization, company.Schema);
        Assert.Equal("Golden  Teak Gems Public Company Limited", company.PrimaryName);
        Assert.Contains(new EntityName("Golden Teak Gems", NameQuality.Weak, "aka"), company.Names);
        Assert.Contains(new EntityName("Golden Teak Gems Public Company Limited", NameQuality.Strong, "aka"), company.Names);
        Assert.Equal(["MMR"], company.Programs);
        Assert.Equal(["No. 12, Example Road, Mayangone Township, 11061 Yangon, Yangon Region, MYANMAR"], company.Addresses);
        Assert.Contains(new EntityIdentifier("Registration Number", "100200300", "mm"), company.Identifiers);
    }

    [Fact]
    public void Read_PersonWithSeveralBirthDates_KeepsEachFormAndIdentifications()
    {
        var person = Entity(ReadSample(), "910003");

        Assert.Equal(
            [
                new PartialDate(1958, 3, 7), new PartialDate(1959), new PartialDate(1957), new PartialDate(1960, 11),
                new PartialDate(1961), new PartialDate(1962), new PartialDate(1963),
            ],
            person.BirthDates);
        Assert.Equal(
            [
                new EntityIdentifier("National passport", "N009912345", "sy"),
                new EntityIdentifier("National identification card", "02010123456", "sy"),
                new EntityIdentifier("EU reference number", "EU.9103.55"),
            ],
            person.Identifiers);
        Assert.Equal(["sy"], person.Countries);
    }

    [Fact]
    public void Read_ImpossibleDateAndBadMonth_WarnWithElementAndFieldAndKeepTheRest()
    {
        var result = ReadSample();
        var person = Entity(result, "910004");

        Assert.Equal([new PartialDate(1981)], person.BirthDates);
        Assert.Equal(["RUS", "UKR"], person.Programs);
        Assert.Equal("Fictional person. The first birth date is deliberately impossible (30 February) to show the reader's warning.\n"
            + "Second remark element, kept after the first.", person.Remarks);
        var warnings = result.Diagnostics.Where(d => d.Location.StartsWith("sanctionEntity logicalId=910004/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["birthdate", "monthOfYear"], warnings.Select(d => d.Field));
        Assert.All(warnings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Read_WeakFirstAlias_StrongAliasBecomesPrimary()
    {
        var person = Entity(ReadSample(), "910008");

        Assert.Equal("Mohammad Reza EXAMPLE-TEHRANI", person.PrimaryName);
        Assert.Equal(new EntityName("Reza Example-Tehrani", NameQuality.Weak, "aka"), person.Names[1]);
        Assert.Equal([new PartialDate(1950), new PartialDate(1970)], person.BirthDates);
        Assert.Equal(["ir"], person.Countries);
    }

    [Fact]
    public void Read_NameFromParts_AndUnitedNationsIdentifier()
    {
        var result = ReadSample();

        Assert.Equal("Samir Exampleson", Entity(result, "910006").PrimaryName);
        Assert.Null(Entity(result, "910006").ListedOn);
        Assert.Contains(new EntityIdentifier("UN reference number", "QDe.999"), Entity(result, "910005").Identifiers);
        Assert.Equal(["ba"], Entity(result, "910005").Countries);
    }

    [Theory]
    [InlineData("<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2025-01-01\">", true)]
    [InlineData("<?xml version=\"1.0\"?><WHOLE Date=\"11/02/2016\"><ENTITY Id=\"1\">", false)]
    [InlineData("Name,Alias,Nationality", false)]
    public void LooksLike_FirstBytes_RecognisesTheNamespace(string head, bool expected)
    {
        Assert.Equal(expected, EuFsfXmlList.LooksLike(System.Text.Encoding.UTF8.GetBytes(head)));
    }
}
