using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Text;

namespace Credence.Core.Tests.Matching;

public sealed class NameFormsTests
{
    private static readonly NameNormalizer Normalizer = new(AnyAsciiTransliterator.Instance);

    [Fact]
    public void Of_SameTokensAndSchema_OneForm()
    {
        NormalizedName[] names =
        [
            Normalizer.Normalize("HLAING, Min Aung", EntitySchema.Person),
            Normalizer.Normalize("Min Aung Hlaing", EntitySchema.Person),
            Normalizer.Normalize("Min Aung Hlaing", EntitySchema.Organization),
            Normalizer.Normalize("Senior General Min Aung Hlaing", EntitySchema.Person),
        ];

        var forms = NameForms.Of(names, [true, true, false, true], out var count);

        // Token order is kept (it matters to father-and-son and middle-name rules), titles are dropped, schema counts.
        Assert.Equal([0, 1, 2, 1], forms);
        Assert.Equal(3, count);
    }

    [Fact]
    public void Of_SameTextOtherKind_OtherForm()
    {
        var asLegalForm = Normalizer.Normalize("Sanctioned Corp", EntitySchema.Organization);
        var asWord = Normalizer.Normalize("Sanctioned Corp", EntitySchema.Person);
        Assert.Equal(asLegalForm.Display, asWord.Display);
        Assert.NotEqual(asLegalForm.Tokens[^1].Kind, asWord.Tokens[^1].Kind);

        NameForms.Of([asLegalForm, asWord], [true, true], out var count);

        Assert.Equal(2, count);
    }

    [Fact]
    public void FormScores_NewQuery_ForgetsEarlierScores()
    {
        var scores = new FormScores();
        scores.Start(10);
        Assert.False(scores.TryGet(3, out _));
        scores.Set(3, 0.75);
        Assert.True(scores.TryGet(3, out var score));
        Assert.Equal(0.75, score);

        scores.Start(10);
        Assert.False(scores.TryGet(3, out _));
        scores.Start(1_000);
        Assert.False(scores.TryGet(3, out _));
        scores.Set(999, 0.5);
        Assert.True(scores.TryGet(999, out score));
        Assert.Equal(0.5, score);
    }

    [Fact]
    public void Screen_SameNameOnThreeLists_EveryEntityHitWithTheScoreItWouldGetAlone()
    {
        SanctionEntity[] listed = [Person("ofac", "27225"), Person("uk", "BUR0001"), Person("ca", "MM-12")];
        var together = ScreeningIndex.Build(listed, Normalizer);
        var alone = ScreeningIndex.Build([listed[2]], Normalizer);
        var query = new ScreeningQuery { Name = "Min Aung Hliang" };

        var hits = together.Screen(query);
        var single = Assert.Single(alone.Screen(query));

        Assert.Equal(["ca:MM-12", "ofac:27225", "uk:BUR0001"], hits.Select(h => h.Entity.Id).Order(StringComparer.Ordinal));
        Assert.All(hits, h => Assert.Equal(single.Score, h.Score));
    }

    private static SanctionEntity Person(string source, string id) => new()
    {
        Source = source,
        SourceId = id,
        Schema = EntitySchema.Person,
        Names = [new EntityName("HLAING, Min Aung")],
        Raw = new RawRecordRef(source, id),
    };
}
