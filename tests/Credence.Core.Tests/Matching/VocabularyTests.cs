using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Text;
using Credence.TestSupport;

namespace Credence.Core.Tests.Matching;

public sealed class VocabularyTests
{
    private static readonly NameNormalizer Normalizer = new(AnyAsciiTransliterator.Instance);

    private static readonly string[] People =
    [
        "Min Aung Hlaing", "Soe Win", "Than Hlaing", "Mohammed bin Salman", "Muhammad Salman", "Mohamed Salah",
        "Vladimir Putin", "Vladimir Vladimirovich Putin", "Ali Hassan", "Hassan Ali Khan", "Ri Pyong Chol", "Kim Jong Un",
    ];

    private static readonly string[] Companies =
    [
        "Myanma Economic Holdings Public Company Limited", "Siemens AG", "Rosneft Oil Company PJSC", "Gazprom Neft JSC",
        "Sberbank of Russia", "Ltd Trading House", "Alfa Bank AO", "Alpha Trading Corp", "Farmers Coop",
    ];

    [Fact]
    public void Similar_VocabularyToken_PrecomputedEqualsComputedOnDemand()
    {
        var vocabulary = new Vocabulary(Names(People, Companies));
        for (var id = 0; id < vocabulary.Count; id++)
        {
            var token = vocabulary.Token(id);
            AssertSameNeighbours(vocabulary.Compute(token), vocabulary.Similar(token), token.Text);
        }
    }

    [Fact]
    public void Similar_WithoutPrecomputing_GivesTheSameNeighbours()
    {
        var names = Names(People, Companies);
        var precomputed = new Vocabulary(names);
        var onDemand = new Vocabulary(names, precomputeNeighbours: false);
        for (var id = 0; id < precomputed.Count; id++)
        {
            AssertSameNeighbours(onDemand.Similar(onDemand.Token(id)), precomputed.Similar(precomputed.Token(id)), precomputed.Token(id).Text);
        }
    }

    [Theory]
    [InlineData("hliang")]
    [InlineData("mohamad")]
    [InlineData("vladimirovic")]
    [InlineData("sberbnk")]
    public void Similar_TokenOutsideVocabulary_EqualsComputedOnDemandAndFindsTheListToken(string text)
    {
        var vocabulary = new Vocabulary(Names(People, Companies));
        var token = new NameToken(text, TokenKind.Word, PhoneticKey.Of(text));
        var similar = vocabulary.Similar(token);
        AssertSameNeighbours(vocabulary.Compute(token), similar, text);
        Assert.Same(similar, vocabulary.Similar(token));
        Assert.NotEmpty(similar);
    }

    [Fact]
    public void Similar_SameTextOtherKind_DoesNotTakeTheListTokensNeighbours()
    {
        // "corp" is a legal form in the list and one letter from the legal form "coop": as a legal form the two are close by the
        // legal-form rule, as a plain word only by spelling. Each kind must get its own neighbours.
        var vocabulary = new Vocabulary(Names(People, Companies));
        Assert.True(vocabulary.TryGetId("corp", out var id));
        Assert.True(vocabulary.TryGetId("coop", out var coop));
        Assert.Equal(TokenKind.LegalForm, vocabulary.Token(id).Kind);
        var asWord = new NameToken("corp", TokenKind.Word, PhoneticKey.Of("corp"));

        var legal = vocabulary.Similar(vocabulary.Token(id));
        var word = vocabulary.Similar(asWord);

        Assert.Contains((coop, TokenSimilarity.LegalFormSimilarity), legal);
        Assert.Contains((coop, 0.75), word);
        AssertSameNeighbours(vocabulary.Compute(asWord), word, "corp as a word");
    }

    [SharedDataFact]
    public void Similar_RealListTokens_PrecomputedEqualsComputedOnDemand()
    {
        var names = SharedCorpus.Entities.Take(4_000)
            .SelectMany(e => e.Names.Select(n => Normalizer.Normalize(n.Value, e.Schema)))
            .Where(n => n.Tokens.Count > 0).ToList();
        var vocabulary = new Vocabulary(names);
        Assert.True(vocabulary.Count > 3_000, $"only {vocabulary.Count} tokens");
        for (var id = 0; id < vocabulary.Count; id++)
        {
            var token = vocabulary.Token(id);
            AssertSameNeighbours(vocabulary.Compute(token), vocabulary.Similar(token), token.Text);
        }
    }

    private static List<NormalizedName> Names(string[] people, string[] companies) =>
    [
        .. people.Select(p => Normalizer.Normalize(p, EntitySchema.Person)),
        .. companies.Select(c => Normalizer.Normalize(c, EntitySchema.Organization)),
    ];

    private static void AssertSameNeighbours(
        IReadOnlyList<(int Id, double Similarity)> expected, IReadOnlyList<(int Id, double Similarity)> actual, string token) =>
        Assert.True(expected.OrderBy(n => n.Id).SequenceEqual(actual.OrderBy(n => n.Id)), $"neighbours of \"{token}\" differ");
}
