using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Credence.Core.Entities;
using Credence.Lists.Common;
using Credence.Lists.Demo;
using Credence.TestSupport;

namespace Credence.Lists.Tests.Demo;

public sealed class DemoDataTests
{
    private static readonly LoadedList Demo = DemoData.Load();

    private static SanctionEntity Entity(string id) => Assert.Single(Demo.Result.Entities, e => e.SourceId == id);

    [Fact]
    public void Load_ReturnsTheFivePartiesWithTheirFixedIds()
    {
        Assert.Equal(["demo-min-aung-hlaing", "demo-than-hlaing", "demo-soe-win", "demo-mehl", "demo-mec"],
            Demo.Result.Entities.Select(e => e.SourceId));
        Assert.Equal("credence-demo", Demo.Result.Source);
        Assert.Equal(ListFormat.FtmJson, Demo.Result.Format);
        Assert.Empty(Demo.Result.Diagnostics);
        Assert.Equal(["embedded:credence-demo.ftm.json"], Demo.Files);
    }

    [Theory]
    [InlineData("demo-min-aung-hlaing")]
    [InlineData("demo-than-hlaing")]
    [InlineData("demo-soe-win")]
    [InlineData("demo-mehl")]
    [InlineData("demo-mec")]
    public void Load_EachParty_IsListedByTheUsTheEuTheUkAndCanada(string id)
    {
        Assert.Equal(["ca", "eu", "gb", "us"], Entity(id).Authorities.Order(StringComparer.Ordinal));
        Assert.Contains("BURMA-EO14014", Entity(id).Programs);
    }

    [Fact]
    public void Load_People_CarryTheBirthDatesNationalityAndIdsTheListsGive()
    {
        var minAungHlaing = Entity("demo-min-aung-hlaing");
        Assert.Equal(EntitySchema.Person, minAungHlaing.Schema);
        Assert.Equal([new PartialDate(1956, 7, 3)], minAungHlaing.BirthDates);
        Assert.Equal(["mm"], minAungHlaing.Countries);
        Assert.Equal([new EntityIdentifier("ID Number", "12/SAKHANA(N)020199")], minAungHlaing.Identifiers);
        Assert.Contains("GLOMAG", minAungHlaing.Programs);
        Assert.Equal(new DateOnly(2020, 7, 6), minAungHlaing.ListedOn);

        Assert.Equal([new PartialDate(1965)], Entity("demo-than-hlaing").BirthDates);
        Assert.Equal(new DateOnly(2021, 2, 18), Entity("demo-than-hlaing").ListedOn);
        Assert.Equal([new PartialDate(1960, 3, 1)], Entity("demo-soe-win").BirthDates);
    }

    [Fact]
    public void Load_Companies_CarryRegistrationNumbersAndAbbreviations()
    {
        var mehl = Entity("demo-mehl");
        Assert.Equal(EntitySchema.Organization, mehl.Schema);
        Assert.Equal("Myanma Economic Holdings Public Company Limited", mehl.PrimaryName);
        Assert.Contains(mehl.Names, n => n.Value == "MEHL");
        Assert.Contains(mehl.Names, n => n.Value == "Union of Burma Economic Holding Ltd.");
        Assert.Equal([new EntityIdentifier("Registration Number", "156387282")], mehl.Identifiers);

        var mec = Entity("demo-mec");
        Assert.Contains(mec.Names, n => n.Value == "MEC");
        Assert.Equal([new EntityIdentifier("Registration Number", "105444192")], mec.Identifiers);
        Assert.Equal(2, mec.Addresses.Count);
    }

    [Fact]
    public void Load_Sha256_IsTheHashOfTheEmbeddedFile()
    {
        using var resource = typeof(DemoData).Assembly.GetManifestResourceStream(DemoData.ResourceName)!;

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(resource)), Demo.Sha256);
    }

    /// <summary>The mapped demo entities are reviewed by people: any change to them shows up as a change to the expected file.
    /// Set CREDENCE_UPDATE_GOLDEN=1 to rewrite it after a deliberate change.</summary>
    [Fact]
    public void Load_MappedEntities_MatchTheReviewedGoldenFile()
    {
        var actual = JsonSerializer.Serialize(Demo.Result.Entities.Select(e => new
        {
            e.Id,
            Schema = e.Schema.ToString(),
            Names = e.Names.Select(n => $"{n.Kind}{(n.Quality == NameQuality.Weak ? " (weak)" : "")}: {n.Value}"),
            BirthDates = e.BirthDates.Select(d => d.ToString()),
            e.Countries,
            Identifiers = e.Identifiers.Select(i => $"{i.Type}: {i.Value}{(i.Country is null ? "" : $" ({i.Country})")}"),
            e.Programs,
            e.Authorities,
            ListedOn = e.ListedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            e.Addresses,
            e.Remarks,
            Raw = $"{e.Raw.File} {e.Raw.Location}",
        }), new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var path = Path.Combine(SharedData.RepositoryRoot(), "tests", "Credence.Lists.Tests", "Demo", "DemoData.expected.json");

        if (Environment.GetEnvironmentVariable("CREDENCE_UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
