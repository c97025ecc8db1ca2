using System.Diagnostics;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Uk;
using Credence.TestSupport;
using Xunit.Abstractions;

namespace Credence.Lists.Tests.Uk;

/// <summary>The real OFSI ConList files in ../shared/data/uk (2025-04-10 CSV and XLSX, 2016-02-12 excerpt).</summary>
public sealed class UkOfsiRealDataTests(ITestOutputHelper output)
{
    private const string Csv2025 = "ofsi_conlist_2025-04-10.converted.csv";
    private const string Xlsx2025 = "ofsi_conlist_2025-04-10.xlsx";
    private const string Csv2016 = "ofsi_conlist_2016-02-12_excerpt.csv";

    private static readonly Lazy<ListReadResult> Csv = new(() => ReadTimed(new UkOfsiCsvList(), Csv2025, out _));

    private static ListReadResult ReadTimed(IListFormatReader reader, string fileName, out TimeSpan elapsed)
    {
        using var stream = File.OpenRead(SharedData.Path("data", "uk", fileName));
        var clock = Stopwatch.StartNew();
        var result = reader.Read(new ListInput { FileName = fileName, Content = stream });
        elapsed = clock.Elapsed;
        return result;
    }

    [SharedDataFact]
    public void Csv2025_Read_Gives4686TargetsPublished10April2025()
    {
        var result = ReadTimed(new UkOfsiCsvList(), Csv2025, out var elapsed);
        output.WriteLine($"{Csv2025}: {result.Entities.Count} entities, {result.Diagnostics.Count} diagnostics in {elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal(4686, result.Entities.Count);
        Assert.Equal(new DateOnly(2025, 4, 10), result.Published);
        Assert.Equal(ListFormat.UkOfsiCsv, result.Format);
        Assert.Equal(result.Entities.Count, result.Entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());
    }

    [SharedDataFact]
    public void Csv2025_Read_HasPersonsEntitiesAndShipsWithImo()
    {
        var entities = Csv.Value.Entities;

        Assert.All(entities, e => Assert.NotEmpty(e.Names));
        Assert.Equal([EntitySchema.Person, EntitySchema.Organization, EntitySchema.Vessel], entities.Select(e => e.Schema).Distinct().Order());
        Assert.Contains(entities, e => e.Schema == EntitySchema.Vessel && e.Identifiers.Any(i => i.Type == "IMO"));
        Assert.All(entities, e => Assert.Equal(["gb"], e.Authorities));
    }

    [SharedDataFact]
    public void Csv2025_MinAungHlaing_IsGroup13897WithBothRegimesAndBirthDate()
    {
        var entity = Assert.Single(Csv.Value.Entities, e => e.SourceId == "13897");

        Assert.Equal("Min Aung HLAING", entity.PrimaryName);
        Assert.Equal(EntitySchema.Person, entity.Schema);
        Assert.Equal(["Global Human Rights", "Myanmar"], entity.Programs);
        Assert.Equal([new PartialDate(1956, 7, 3)], entity.BirthDates);
        Assert.Equal(new DateOnly(2020, 7, 6), entity.ListedOn);
        Assert.Contains("mm", entity.Countries);
        Assert.Contains(new EntityIdentifier("National ID (NRC number)", "12/SAKHANA(N)020199"), entity.Identifiers);
        Assert.Contains(new EntityIdentifier("UK Sanctions List Ref", "MYA0018", "gb"), entity.Identifiers);
        Assert.StartsWith("(UK Sanctions List Ref):GHR0046 and MYA0018.", entity.Remarks, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Csv2025_ThanHlaing_IsGroup14057()
    {
        var entity = Assert.Single(Csv.Value.Entities, e => e.SourceId == "14057");

        Assert.Equal("Than HLAING", entity.PrimaryName);
        Assert.Equal(["Myanmar"], entity.Programs);
    }

    [SharedDataFact]
    public void Csv2025_Mehl_IsGroup14080WithAliasMehl()
    {
        var entity = Assert.Single(Csv.Value.Entities, e => e.SourceId == "14080");

        Assert.Equal("MYANMAR ECONOMIC HOLDINGS PUBLIC COMPANY LTD", entity.PrimaryName);
        Assert.Equal(EntitySchema.Organization, entity.Schema);
        Assert.Contains(new EntityName("MEHL", NameQuality.Strong, "aka"), entity.Names);
        Assert.Contains(entity.Names, n => n.Value == "MYANMAR ECONOMIC HOLDINGS LIMITED");
        Assert.Equal(["189/191 Mahaban Doola Road, Corner of 50th Street, Yangon, Myanmar"], entity.Addresses);
    }

    [SharedDataFact]
    public void Xlsx2025_Read_GivesTheSameEntitiesAsTheCsv()
    {
        var xlsx = ReadTimed(new UkOfsiXlsxList(), Xlsx2025, out var elapsed);
        output.WriteLine($"{Xlsx2025}: {xlsx.Entities.Count} entities, {xlsx.Diagnostics.Count} diagnostics in {elapsed.TotalMilliseconds:F0} ms");
        var csv = Csv.Value;

        Assert.Equal(ListFormat.UkOfsiXlsx, xlsx.Format);
        Assert.Equal(csv.Published, xlsx.Published);
        Assert.Equal(csv.Entities.Count, xlsx.Entities.Count);
        for (var i = 0; i < csv.Entities.Count; i++)
        {
            Assert.Equal(Describe(csv.Entities[i]), Describe(xlsx.Entities[i]));
        }

        Assert.Equal(csv.Diagnostics.Select(d => (d.Field, d.Message)), xlsx.Diagnostics.Select(d => (d.Field, d.Message)));
    }

    [SharedDataFact]
    public void Csv2016Excerpt_Read_MapsTheOlderLayout()
    {
        var result = ReadTimed(new UkOfsiCsvList(), Csv2016, out _);

        Assert.Equal(463, result.Entities.Count);
        Assert.Equal(new DateOnly(2016, 2, 12), result.Published);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("Windows-1252", StringComparison.Ordinal));
        var awwad = Assert.Single(result.Entities, e => e.SourceId == "12149");
        Assert.Equal("Tayseer Qala AWWAD", awwad.PrimaryName);
        Assert.Equal([new PartialDate(1943)], awwad.BirthDates);
        Assert.Equal(["Syria"], awwad.Programs);
        Assert.Contains(result.Entities, e => e.Remarks?.Contains("Mouvement des Libérateurs", StringComparison.Ordinal) == true);
    }

    /// <summary>Everything the mapper produces except the raw location (CSV lines and sheet rows differ where cells hold line breaks).</summary>
    private static string Describe(SanctionEntity e) => string.Join(" | ",
        e.Id, e.Schema, string.Join(";", e.Names), string.Join(";", e.BirthDates), string.Join(";", e.Countries),
        string.Join(";", e.Identifiers), string.Join(";", e.Programs), e.ListedOn, e.Remarks, string.Join(";", e.Addresses));
}
