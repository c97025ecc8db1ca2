using System.Diagnostics;
using Credence.Core.Entities;
using Credence.Lists.Canada;
using Credence.Lists.Common;
using Credence.TestSupport;
using Xunit.Abstractions;

namespace Credence.Lists.Tests.Canada;

/// <summary>The real SEMA files in ../shared/data/canada (March 2025 and April 2020).</summary>
public sealed class CanadaSemaRealDataTests(ITestOutputHelper output)
{
    private const string Sema2025 = "sema-lmes_2025-03.xml";
    private const string Sema2020 = "sema-lmes_2020-04.xml";

    private static readonly Lazy<ListReadResult> Read2025 = new(() => Read(Sema2025));
    private static readonly Lazy<ListReadResult> Read2020 = new(() => Read(Sema2020));

    private static ListReadResult Read(string fileName)
    {
        using var stream = File.OpenRead(SharedData.Path("data", "canada", fileName));
        return new CanadaSemaList().Read(new ListInput { FileName = fileName, Content = stream });
    }

    [SharedDataFact]
    public void Sema2025_Read_Gives4759RecordsWith241UnderMyanmar()
    {
        var clock = Stopwatch.StartNew();
        var result = Read(Sema2025);
        output.WriteLine($"{Sema2025}: {result.Entities.Count} entities, {result.Diagnostics.Count} diagnostics in {clock.ElapsedMilliseconds} ms");
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());

        Assert.Equal(4759, result.Entities.Count);
        Assert.Equal(241, result.Entities.Count(e => e.Programs.SequenceEqual(["Myanmar (Burma)"])));
        Assert.Equal(80, result.Entities.Count(e => e.Programs.SequenceEqual(["JVCFOR"])));
        Assert.Null(result.Published);
        Assert.Equal(result.Entities.Count, result.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(result.Entities, e => Assert.NotNull(e.ListedOn));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Field == "DateOfBirthOrShipBuildDate"));
    }

    [SharedDataFact]
    public void Sema2025_MinAungHlaing_IsListedUnderMyanmarAndJvcfor()
    {
        // JVCFOR writes the surname in capitals, the Myanmar regulation does not.
        var entities = Read2025.Value.Entities.Where(e => string.Equals(e.PrimaryName, "Min Aung Hlaing", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Equal(["JVCFOR/80", "Myanmar (Burma)/Part 2/46"], entities.Select(e => e.SourceId).Order(StringComparer.Ordinal));
        var myanmar = Assert.Single(entities, e => e.SourceId == "Myanmar (Burma)/Part 2/46");
        Assert.Equal(EntitySchema.Person, myanmar.Schema);
        Assert.Equal(["ca"], myanmar.Authorities);
        Assert.Equal(new RawRecordRef(Sema2025, myanmar.Raw.Location), myanmar.Raw);
        Assert.StartsWith("record ", myanmar.Raw.Location, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Sema2025_Mehl_HasBothAliases()
    {
        var mehl = Assert.Single(Read2025.Value.Entities, e => e.PrimaryName == "Union of Burma Economic Holding Ltd.");

        Assert.Equal("Myanmar (Burma)/Part 1/42", mehl.SourceId);
        Assert.Equal(EntitySchema.Organization, mehl.Schema);
        Assert.Equal(["Union of Myanmar Economic Holding Ltd.", "Myanma Economic Holdings Limited (MEHL)"], mehl.Names.Skip(1).Select(n => n.Value));
        Assert.All(mehl.Names.Skip(1), n => Assert.Equal("aka", n.Kind));
        Assert.Equal(new DateOnly(2012, 4, 24), mehl.ListedOn);
    }

    [SharedDataFact]
    public void Sema2025_Vessels_CarryImoIdentifiers()
    {
        var vessels = Read2025.Value.Entities.Where(e => e.Schema == EntitySchema.Vessel).ToList();

        Assert.Equal(109, vessels.Count);
        Assert.All(vessels, v => Assert.Matches("^[0-9]{7}$", Assert.Single(v.Identifiers, i => i.Type == "IMO").Value));
        Assert.All(vessels, v => Assert.Empty(v.BirthDates));
    }

    [SharedDataFact]
    public void Sema2020_Read_Gives1369RecordsAndMehlWithoutAliases()
    {
        var result = Read2020.Value;
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());

        Assert.Equal(1369, result.Entities.Count);
        Assert.Equal(89, result.Entities.Count(e => e.Programs.SequenceEqual(["Burma"])));
        Assert.Equal(result.Entities.Count, result.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        var mehl = Assert.Single(result.Entities, e => e.PrimaryName == "Union of Burma Economic Holding Ltd.");
        Assert.Equal("Burma/Schedule 1/42", mehl.SourceId);
        Assert.Single(mehl.Names);
        Assert.DoesNotContain(result.Entities, e => e.PrimaryName.Contains("Min Aung", StringComparison.OrdinalIgnoreCase));
    }
}
