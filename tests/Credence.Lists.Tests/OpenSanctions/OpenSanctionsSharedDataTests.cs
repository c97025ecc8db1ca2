using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.OpenSanctions;
using Credence.Lists.Tests.Common;
using Credence.TestSupport;

namespace Credence.Lists.Tests.OpenSanctions;

public sealed class OpenSanctionsSharedDataTests
{
    private static ListInput Input(string fileName) =>
        TestInputs.FromBytes(fileName, File.ReadAllBytes(SharedData.Path("data", "opensanctions", fileName)));

    [SharedDataFact]
    public void FtmJson_Zala_YieldsItsTargetPersonsAndCompanies()
    {
        var result = new FtmJsonList().Read(Input("yente_fixture_zala_entities.ftm.json"));

        // 91 lines: 6 persons and 11 companies, of which 3 companies are context ("target": false); the rest are Sanction,
        // Ownership, Address, Family, Directorship and Passport records.
        Assert.Equal(14, result.Entities.Count);
        Assert.Equal(6, result.Entities.Count(e => e.Schema == EntitySchema.Person));
        Assert.Equal(8, result.Entities.Count(e => e.Schema == EntitySchema.Organization));
        Assert.DoesNotContain(result.Entities, e => e.SourceId == "ru-inn-5920040846");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [SharedDataFact]
    public void FtmJson_Zala_EntityWithoutSanctionRecordsTakesAuthoritiesFromItsProgrammeIds()
    {
        var result = new FtmJsonList().Read(Input("yente_fixture_zala_entities.ftm.json"));

        // The file has no Sanction record for this company; its programme ids name the issuers.
        var kalashnikov = Assert.Single(result.Entities, e => e.SourceId == "NK-nR5AXM9AVPq4pQaSPSaVam");
        Assert.Equal("JSC Kalashnikov Concern", kalashnikov.PrimaryName);
        Assert.Equal(EntitySchema.Organization, kalashnikov.Schema);
        Assert.Equal(11, kalashnikov.Programs.Count);
        Assert.Equal(["ua", "au", "us", "eu", "nz", "ca", "gb"], kalashnikov.Authorities);
        Assert.Contains(new EntityIdentifier("INN", "1832090230", "ru"), kalashnikov.Identifiers);
        Assert.Null(kalashnikov.ListedOn);
    }

    [SharedDataFact]
    public void FtmJson_Zala_PersonTakesEveryIssuerAndTheEarliestStartOfItsSanctionRecords()
    {
        var result = new FtmJsonList().Read(Input("yente_fixture_zala_entities.ftm.json"));

        // Thirteen Sanction records from nine issuers; the earliest start date is Ukraine's, 2023-07-01.
        var zakharov = Assert.Single(result.Entities, e => e.SourceId == "NK-aU5ybkbRFJucf8YMwsJvDw");
        Assert.Equal(EntitySchema.Person, zakharov.Schema);
        Assert.Equal(new DateOnly(2023, 7, 1), zakharov.ListedOn);
        Assert.Equal(["be", "ch", "eu", "fr", "gb", "mc", "nz", "ua", "us"], zakharov.Authorities.Order(StringComparer.Ordinal));
        Assert.Contains("RUSSIA-EO14024", zakharov.Programs);
        Assert.Contains("The Russia (Sanctions) (EU Exit) Regulations 2019", zakharov.Programs);
        Assert.Contains("US-RUSHAR", zakharov.Programs);
    }

    [SharedDataFact]
    public void FtmJson_T1_YieldsSixTargetsWithDatasetAuthority()
    {
        var result = new FtmJsonList().Read(Input("yente_fixture_t1_entities.ftm.json"));

        Assert.Equal(6, result.Entities.Count);
        Assert.Empty(result.Diagnostics);
        // No Sanction records: the eu_fsf dataset names the authority.
        Assert.All(result.Entities, e => Assert.Equal(["eu"], e.Authorities));
        var tobacco = Assert.Single(result.Entities, e => e.SourceId == "NK-2GdmHtZTeNXjNVrBGEXZNj");
        Assert.Equal("RAB „Inter Tobacco“", tobacco.PrimaryName);
        Assert.Equal(12, tobacco.Names.Count);
    }

    [SharedDataFact]
    public void FtmDelta_T2_YieldsItsTwoAddedEntities()
    {
        var result = new FtmDeltaList().Read(Input("yente_fixture_t2_entities.delta.json"));

        Assert.Equal(["NK-2T3S8Hu29ktYnKSTgQp2wL", "NK-2sJaJRaPJcWUfMbHjTtWcL"], result.Entities.Select(e => e.SourceId));
        Assert.Equal("AL-QAIDA IN IRAQ", result.Entities[0].PrimaryName);
        Assert.Equal(EntitySchema.Person, result.Entities[1].Schema);
    }

    [SharedDataFact]
    public void SimpleCsv_UkraineWarExport_Yields5600EntitiesIncludingSoeHlaingWin()
    {
        var result = new OpenSanctionsSimpleCsvList().Read(Input("ua_war_sanctions_targets.simple.csv"));

        Assert.Equal(5600, result.Entities.Count);
        Assert.Equal(1543, result.Entities.Count(e => e.Schema == EntitySchema.Person));
        Assert.Equal(1340, result.Entities.Count(e => e.Schema == EntitySchema.Vessel));
        Assert.Equal(1524 + 1193, result.Entities.Count(e => e.Schema == EntitySchema.Organization));
        var soe = Assert.Single(result.Entities, e => e.PrimaryName == "SOE Hlaing Win");
        Assert.Equal(1970, Assert.Single(soe.BirthDates).Year);
        Assert.Equal(["mm"], soe.Countries);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
