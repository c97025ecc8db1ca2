using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.OpenSanctions;
using Credence.Lists.Tests.Common;

namespace Credence.Lists.Tests.OpenSanctions;

public sealed class OpenSanctionsSimpleCsvListTests
{
    private const string Header = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change\n";

    private static ListReadResult ReadTrimmed() =>
        new OpenSanctionsSimpleCsvList().Read(TestInputs.FromFixture("OpenSanctions", "ua_war_sanctions_targets.trimmed.simple.csv"));

    private static ListReadResult ReadText(string text) => new OpenSanctionsSimpleCsvList().Read(TestInputs.FromText("t.simple.csv", text));

    [Fact]
    public void Read_TrimmedExport_MapsEveryRowWithTheLineItStartsOn()
    {
        var result = ReadTrimmed();

        Assert.Equal(ListFormat.OpenSanctionsSimpleCsv, result.Format);
        Assert.Equal("opensanctions", result.Source);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["line 2", "line 3", "line 4", "line 6", "line 7"], result.Entities.Select(e => e.Raw.Location));
    }

    [Fact]
    public void Read_SoeHlaingWin_HasBirthDateCountryAliasesProgramAndAuthority()
    {
        var soe = Assert.Single(ReadTrimmed().Entities, e => e.PrimaryName == "SOE Hlaing Win");

        Assert.Equal("NK-UobLDQv8Kp3QPtpdajVALA", soe.SourceId);
        Assert.Equal(EntitySchema.Person, soe.Schema);
        Assert.Equal([new PartialDate(1970, 6, 9)], soe.BirthDates);
        Assert.Equal(["mm"], soe.Countries);
        Assert.Equal(["SOE Hlaing Win", "СО Хлаин Вин", "СО Хлаїн Він"], soe.Names.Select(n => n.Value));
        Assert.Equal(["UA-WS-MARE"], soe.Programs);
        Assert.Equal(["ua"], soe.Authorities);
        Assert.Null(soe.Remarks);
    }

    [Fact]
    public void Read_Vessel_TakesImoNumberAndFlagCountries()
    {
        var vessel = Assert.Single(ReadTrimmed().Entities, e => e.SourceId == "NK-24cf2zYe7LEKhr2zFck73j");

        Assert.Equal(EntitySchema.Vessel, vessel.Schema);
        Assert.Equal([new EntityIdentifier("IMO", "9253325")], vessel.Identifiers);
        Assert.Equal(["lr", "pa", "sg", "st"], vessel.Countries);
        Assert.Equal(["ROSALIN", "Ceram Sea", "Gold Sun", "Nurkez"], vessel.Names.Select(n => n.Value));
    }

    [Fact]
    public void Read_LegalEntity_IsAnOrganisationWithRemarksAddressAndIdentifiers()
    {
        var plant = Assert.Single(ReadTrimmed().Entities, e => e.SourceId == "NK-28mqu8V3AzembAmAfehWPd");

        Assert.Equal(EntitySchema.Organization, plant.Schema);
        Assert.Equal("JOINT-STOCK COMPANY \"KRASNOZAVODSKY CHEMICAL PLANT\"", plant.PrimaryName);
        Assert.Equal([new EntityIdentifier("Identifier", "1125042006462"), new EntityIdentifier("Identifier", "5042126251")], plant.Identifiers);
        Assert.StartsWith("141321, Moscow region", Assert.Single(plant.Addresses), StringComparison.Ordinal);
        Assert.StartsWith("A russian developer of pyrotechnic products.", plant.Remarks, StringComparison.Ordinal);
        Assert.Contains("\n", plant.Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoBirthDates_KeepsBoth()
    {
        var person = Assert.Single(ReadTrimmed().Entities, e => e.SourceId == "NK-kZjqDJTdUY8C8SabCkBFEq");

        Assert.Equal([new PartialDate(1973, 6, 23), new PartialDate(1974, 6, 23)], person.BirthDates);
    }

    [Fact]
    public void Read_BadBirthDate_WarnsWithLineAndFieldAndKeepsTheRow()
    {
        var result = ReadText(Header + "a1,Person,Good Row,,1970,,,,,,,,,,,\na2,Person,Bad Date Row,,12.03.1970;1971,,,,,,,,,,,\n");

        Assert.Equal(2, result.Entities.Count);
        Assert.Equal([new PartialDate(1971)], result.Entities[1].BirthDates);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("line 3", "birth_date", DiagnosticSeverity.Warning), (warning.Location, warning.Field, warning.Severity));
        Assert.Contains("12.03.1970", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SanctionsAndProgramIds_GiveAuthorities()
    {
        var result = ReadText(Header
            + "a1,Company,Alpha,,,,,,\"Office of Foreign Assets Control - SDN List;HM Treasury - UK Sanctions List\",,,US-RUSHAR;EU-UKR;SECO-UKRAINE,,,,\n");

        var entity = Assert.Single(result.Entities);
        Assert.Equal(["us", "gb", "eu"], entity.Authorities);
        Assert.Equal(["US-RUSHAR", "EU-UKR", "SECO-UKRAINE"], entity.Programs);
    }

    [Fact]
    public void Read_ReasonMentioningACountry_GivesNoAuthority()
    {
        var result = ReadText(Header + "a1,Person,Alpha,,,,,,\"Supplied parts to a buyer in the United Kingdom\",,,,,,,\n");

        Assert.Empty(Assert.Single(result.Entities).Authorities);
    }

    [Fact]
    public void Read_LongReasonNamingAnInstitution_GivesNoAuthority()
    {
        var reason = "In January 2023 he wrote an open letter to the members of the Council of the European Union repeating "
            + "the main narratives of the war, which was widely published by state media and repeated on television.";

        var result = ReadText(Header + $"a1,Person,Alpha,,,,,,\"{reason}\",,,,,,,\n");

        Assert.Empty(Assert.Single(result.Entities).Authorities);
        Assert.Equal(reason, result.Entities[0].Remarks);
    }

    [Fact]
    public void Read_QuotedValuesInsideACell_AreSplitOnlyOutsideQuotes()
    {
        static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // As OpenSanctions writes them: the cell is a ";"-separated row; values with ";" or quotes are quoted, quotes doubled.
        var aliases = string.Join(";", Quote("\"ALPHA\" LLC"), "Alpha Ltd", Quote("Beta; Gamma"));
        var emptySanction = Quote("");

        var result = ReadText(Header + $"a1,Company,Alpha,{Quote(aliases)},,,,,{Quote(emptySanction)},,,,,,,\n");

        var entity = Assert.Single(result.Entities);
        Assert.Equal(["Alpha", "\"ALPHA\" LLC", "Alpha Ltd", "Beta; Gamma"], entity.Names.Select(n => n.Value));
        Assert.Null(entity.Remarks);
    }

    [Fact]
    public void Read_HeaderInOtherOrderAndCase_IsReadByName()
    {
        var result = ReadText("NAME,Schema,ID\nAlpha Ltd,Company,a1\n");

        var entity = Assert.Single(result.Entities);
        Assert.Equal(("a1", "Alpha Ltd", EntitySchema.Organization), (entity.SourceId, entity.PrimaryName, entity.Schema));
    }

    [Fact]
    public void Read_UnknownSchemaAndMissingName_AreReported()
    {
        var result = ReadText(Header + "a1,Thing,Alpha,,,,,,,,,,,,,\na2,Person,,,,,,,,,,,,,,\n");

        Assert.Equal(EntitySchema.Unknown, Assert.Single(result.Entities).Schema);
        Assert.Equal([("line 2", "schema", DiagnosticSeverity.Warning), ("line 3", "name", DiagnosticSeverity.Error)],
            result.Diagnostics.Select(d => (d.Location, d.Field, d.Severity)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("name,alias,nationality\nA,B,C\n")]
    [InlineData("\u0000\u0001\u0002 binary")]
    public void Read_NotTheExport_ThrowsListFormatException(string text)
    {
        var ex = Assert.Throws<ListFormatException>(() => ReadText(text));

        Assert.Equal(("t.simple.csv", "line 1"), (ex.File, ex.Location));
    }
}
