using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Text;

namespace Credence.Core.Tests.Matching;

public sealed class SimilarityTableTests
{
    [Fact]
    public void Set_ManyEntries_AllReadBackAfterGrowing()
    {
        var table = new SimilarityTable();
        table.TakeOver(this);
        for (var token = 0; token < 6; token++)
        {
            for (var id = 0; id < 5_000; id++) table.Set(token, id * 7, (token * 10_000) + id);
        }
        for (var token = 0; token < 6; token++)
        {
            for (var id = 0; id < 5_000; id++)
            {
                Assert.True(table.TryGet(token, id * 7, out var value));
                Assert.Equal((token * 10_000) + id, value);
            }
        }
        Assert.False(table.TryGet(0, 1, out _));
        Assert.False(table.TryGet(6, 0, out _));
    }

    [Fact]
    public void TakeOver_NewOwner_SeesNoEarlierEntries()
    {
        var table = new SimilarityTable();
        table.TakeOver("first");
        table.Set(1, 42, 0.75);
        table.Set(1, 42, 0.8);
        Assert.True(table.TryGet(1, 42, out var value));
        Assert.Equal(0.8, value);

        table.TakeOver("second");

        Assert.Equal("second", table.Owner);
        Assert.False(table.TryGet(1, 42, out _));
    }

    [Fact]
    public void Get_AfterAnotherQueryTookTheTableOver_StillGivesTheSimilarity()
    {
        var normalizer = new NameNormalizer(AnyAsciiTransliterator.Instance);
        var vocabulary = new Vocabulary([normalizer.Normalize("Min Aung Hlaing", EntitySchema.Person)]);
        var query = normalizer.Normalize("Min Aung Hliang", EntitySchema.Person).Tokens;
        Assert.True(vocabulary.TryGetId("hlaing", out var hlaing));
        var expected = TokenSimilarity.Similarity(query[2], vocabulary.Token(hlaing), out _);

        var first = new QuerySimilarities(query, vocabulary);
        first.Remember(2, hlaing, expected);
        var second = new QuerySimilarities(query, vocabulary);
        second.Remember(2, hlaing, 0.0);

        Assert.Equal(expected, first.Get(2, hlaing));
        Assert.Equal(0.0, second.Get(2, hlaing));
    }
}
