using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Text;

namespace Credence.Core.Tests.Matching;

public sealed class ScreeningIndexTests
{
    private static readonly NameNormalizer Normalizer = new(AnyAsciiTransliterator.Instance);

    private static readonly SanctionEntity MinAungHlaing = Person("27225", ["HLAING, Min Aung"], "1956-07-03", ["mm"], programs: ["BURMA-EO14014"]);
    private static readonly SanctionEntity SoeWin = Person("27226", ["WIN, Soe"], "1960-03-10", ["mm"]);
    private static readonly SanctionEntity ThanHlaing = Person("31474", ["HLAING, Than"], "1975-05-02", ["mm"]);
    private static readonly SanctionEntity Mehl = new()
    {
        Source = "test",
        SourceId = "31517",
        Schema = EntitySchema.Organization,
        Names = [new EntityName("MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED"), new EntityName("MEHL", NameQuality.Weak, "aka")],
        Identifiers = [new EntityIdentifier("Registration Number", "156387282", "mm")],
        Countries = ["mm"],
        Raw = new RawRecordRef("test", "line 4"),
    };

    private static readonly ScreeningIndex Index = ScreeningIndex.Build(Corpus(), Normalizer);

    [Theory]
    [InlineData("Min Aung Hlaing", "test:27225")]
    [InlineData("Senior General Min Aung Hlaing", "test:27225")]
    [InlineData("MinAung Hlaing", "test:27225")]
    [InlineData("Min Aung Hliang", "test:27225")]
    [InlineData("Lt. Gen. Than Hlaing", "test:31474")]
    [InlineData("Soe Win", "test:27226")]
    [InlineData("Myanmar Economic Holdings Ltd", "test:31517")]
    [InlineData("MEHL", "test:31517")]
    [InlineData("OPEC", "test:900")]
    [InlineData("Islamic Revolutionary Guard Corps", "test:901")]
    [InlineData("Ted Kaczynski", "test:902")]
    [InlineData("فاطمة حسن", "test:1062")]
    public void Screen_ListedName_TopHitIsTheEntity(string query, string expectedId)
    {
        var hits = Index.Screen(new ScreeningQuery { Name = query });
        Assert.NotEmpty(hits);
        Assert.Equal(expectedId, hits[0].Entity.Id);
    }

    [Theory]
    [InlineData("John Smith")]
    [InlineData("Ltd")]
    [InlineData("Acme Holdings Ltd")]
    [InlineData("Soe Hlaing Win")]
    public void Screen_UnrelatedName_NoHitAtDefaultThreshold(string query) =>
        Assert.Empty(Index.Screen(new ScreeningQuery { Name = query }));

    [Fact]
    public void Screen_MatchingBirthDate_RaisesScoreAndSaysSo()
    {
        var plain = Index.Screen(new ScreeningQuery { Name = "Min Aung Hliang" })[0];
        var withDob = Index.Screen(new ScreeningQuery { Name = "Min Aung Hliang", BirthDate = new PartialDate(1956, 7, 3) })[0];
        Assert.True(withDob.Score > plain.Score);
        var effect = Assert.Single(withDob.Explanation.Qualifiers, q => q.Qualifier == "dob");
        Assert.Equal("match", effect.Outcome);
        Assert.True(effect.Delta > 0);
    }

    [Fact]
    public void Screen_ConflictingBirthDate_RulesOutTheHit()
    {
        var hits = Index.Screen(new ScreeningQuery { Name = "Min Aung Hliang", BirthDate = new PartialDate(1990, 1, 1) });
        Assert.Empty(hits);
        var low = Index.Screen(new ScreeningQuery { Name = "Min Aung Hliang", BirthDate = new PartialDate(1990, 1, 1) }, new ScreenOptions { Threshold = 0 });
        Assert.Contains(low[0].Explanation.Qualifiers, q => q is { Qualifier: "dob", Outcome: "mismatch" });
    }

    [Fact]
    public void Screen_CountryMismatch_LowersScore()
    {
        var mm = Index.Screen(new ScreeningQuery { Name = "Than Hlaing", Country = "Burma" })[0];
        var fr = Index.Screen(new ScreeningQuery { Name = "Than Hlaing", Country = "FR" }, new ScreenOptions { Threshold = 0 })[0];
        Assert.True(mm.Score > fr.Score);
        Assert.Contains(fr.Explanation.Qualifiers, q => q is { Qualifier: "country", Outcome: "mismatch" });
    }

    [Fact]
    public void Screen_IdentifierAlone_CarriesTheHit()
    {
        var hits = Index.Screen(new ScreeningQuery { Name = "Unrelated Trading Co", Identifiers = ["156-387-282"] });
        var hit = Assert.Single(hits);
        Assert.Equal("test:31517", hit.Entity.Id);
        Assert.Contains(hit.Explanation.Qualifiers, q => q is { Qualifier: "identifier", Outcome: "match" });
        Assert.True(hit.Score >= new MatchingOptions().IdentifierMatchScore);
    }

    [Fact]
    public void Screen_SchemaMismatch_IsPenalised()
    {
        var hits = Index.Screen(new ScreeningQuery { Name = "Min Aung Hlaing", Schema = EntitySchema.Vessel }, new ScreenOptions { Threshold = 0 });
        Assert.Contains(hits[0].Explanation.Qualifiers, q => q is { Qualifier: "schema", Outcome: "mismatch" });
        Assert.True(hits[0].Score < 0.8);
    }

    [Fact]
    public void Screen_WeakAlias_IsPenalisedAndExplained()
    {
        var hit = Index.Screen(new ScreeningQuery { Name = "MEHL" })[0];
        Assert.Equal("MEHL", hit.Explanation.MatchedName);
        Assert.Contains(hit.Explanation.Qualifiers, q => q.Qualifier == "name-quality");
        Assert.True(hit.Score < 1.0);
    }

    [Fact]
    public void Screen_Explanation_NamesQueryAndListNameTokenByToken()
    {
        var hit = Index.Screen(new ScreeningQuery { Name = "Senior General Min Aung Hliang" })[0];
        Assert.Equal("HLAING, Min Aung", hit.Explanation.MatchedName);
        Assert.Equal("Senior General Min Aung Hliang", hit.Explanation.QueryName);
        Assert.Contains(hit.Explanation.Tokens, t => t is { QueryToken: "hliang", ListToken: "hlaing" });
        Assert.Contains("HLAING, Min Aung", hit.Explanation.Summary, StringComparison.Ordinal);
        Assert.Contains("titles and ranks ignored: senior general", hit.Explanation.Summary, StringComparison.Ordinal);
        Assert.Equal(hit.Score, hit.Explanation.Score);
    }

    [Theory]
    [InlineData("Min Aung Hlaing")]
    [InlineData("Than Hlaing")]
    [InlineData("Myanma Economic Holdings")]
    [InlineData("Hlaing")]
    public void Screen_Indexed_FindsWhatExhaustiveFinds(string query)
    {
        var options = new ScreenOptions { Threshold = 0.6, Limit = 100 };
        var indexed = Index.Screen(new ScreeningQuery { Name = query }, options).Select(h => (h.Entity.Id, h.Score));
        var exhaustive = Index.Screen(new ScreeningQuery { Name = query }, options with { Exhaustive = true }).Select(h => (h.Entity.Id, h.Score));
        Assert.Equal(exhaustive, indexed);
    }

    [Fact]
    public void Screen_Limit_CapsHits()
    {
        var hits = Index.Screen(new ScreeningQuery { Name = "Hlaing" }, new ScreenOptions { Threshold = 0, Limit = 1 });
        Assert.Single(hits);
    }

    [Fact]
    public void Screen_EmptyName_NoHits() => Assert.Empty(Index.Screen(new ScreeningQuery { Name = "  " }));

    [Fact]
    public void Build_CountsEntitiesAndNames()
    {
        Assert.Equal(Corpus().Count, Index.Count);
        Assert.True(Index.NameCount >= Index.Count);
    }

    private static List<SanctionEntity> Corpus()
    {
        var list = new List<SanctionEntity>
        {
            MinAungHlaing, SoeWin, ThanHlaing, Mehl, Organization("900", "Organization of the Petroleum Exporting Countries"), Organization("901", "IRGC"),
            Person("902", ["KACZYNSKI, Theodore John"], null, []),
        };
        // Filler so that token rarity is learnt from more than four names.
        string[] given = ["John", "Maria", "Ahmed", "Olga", "Chen", "Pierre", "Fatima", "Ivan", "Kwame", "Lucia"];
        string[] family = ["Smithson", "Garcia", "Hassan", "Petrova", "Wei", "Dubois", "Rahman", "Sokolov", "Mensah", "Rossi"];
        var id = 1000;
        foreach (var g in given)
        {
            foreach (var f in family) list.Add(Person((id++).ToString(System.Globalization.CultureInfo.InvariantCulture), [$"{g} {f}"], null, []));
        }
        return list;
    }

    private static SanctionEntity Organization(string id, string name) => new()
    {
        Source = "test",
        SourceId = id,
        Schema = EntitySchema.Organization,
        Names = [new EntityName(name)],
        Raw = new RawRecordRef("test", "line " + id),
    };

    private static SanctionEntity Person(string id, string[] names, string? dob, string[] countries, string[]? programs = null)
    {
        PartialDate.TryParseIso(dob, out var date);
        return new SanctionEntity
        {
            Source = "test",
            SourceId = id,
            Schema = EntitySchema.Person,
            Names = [.. names.Select(n => new EntityName(n))],
            BirthDates = dob is null ? [] : [date],
            Countries = countries,
            Programs = programs ?? [],
            Raw = new RawRecordRef("test", "line " + id),
        };
    }
}
