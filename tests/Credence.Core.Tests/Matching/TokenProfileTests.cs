using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Text;
using Credence.TestSupport;

namespace Credence.Core.Tests.Matching;

public sealed class TokenProfileTests
{
    private static readonly NameNormalizer Normalizer = new(ScriptAwareTransliterator.Instance);

    // Names from many scripts and naming traditions, with the spellings every rule of TokenSimilarity is for.
    private static readonly string[] People =
    [
        "Min Aung Hlaing", "Soe Hlaing Win", "Than Hlaing", "Husayn Hussein Hussain", "Muhammad Mohammed Mohamad",
        "محمد بن سلمان", "أسامة بن لادن", "Osama bin Laden", "Fernando Frnndw", "Sergejs Lavrovs", "Sergei Lavrov",
        "Vladimiras Putinas", "Vladimir Putin", "Владимир Путин", "Hsi Chin-ping", "Xi Jinping", "Mao Tse-tung", "Mao Zedong",
        "习近平", "김정은", "Kim Jong Un", "Henriksen Frederiksen", "Shamsuddin Shahabuddin", "Jónsdóttir Tómasdóttir",
        "Theodore Ted", "William Bill Wilhelm", "Aleksandr Alexander Sasha", "J. C. Juncker", "Abu Bakr al-Baghdadi",
        "Ayman al-Zawahiri", "Ιωάννης Παπαδόπουλος", "יוסף כהן", "Ramzan Kadyrov", "Yevgeny Prigozhin", "Evgeniy Prigozhin",
        "Mohammad Javad Zarif", "Kassem Qasem Qassim", "Oleg Deripaska", "Dmitri Dmitry Dima", "Andrius Andrejs",
    ];

    private static readonly string[] Companies =
    [
        "Myanma Economic Holdings Public Company Limited", "Myanmar Economic Corporation Ltd", "Rosoboronexport JSC",
        "Bank Melli Iran", "Banco Santander Chile", "Deutsche Bank AG", "Siemensag GmbH", "Wagner Group LLC",
        "Forty 4 Trading Co", "123 Aviatsionnyi Remontnyi Zavod", "Islamic Revolutionary Guard Corps IRGC",
    ];

    [Theory]
    [InlineData("ahmad", "ivanov")]
    [InlineData("hlaing", "corporation")]
    [InlineData("min", "bank")]
    public void CannotPair_UnlikeSpellings_True(string a, string b)
    {
        var (x, y) = (Token(a, EntitySchema.Person), Token(b, EntitySchema.Person));
        Assert.True(TokenSimilarity.CannotPair(TokenProfile.Of(x), TokenProfile.Of(y)));
        Assert.True(TokenSimilarity.Similarity(x, y, out _) < TokenSimilarity.MinPairSimilarity);
    }

    [Theory]
    [InlineData("Husayn", "Hussein", "known spellings of one name")]
    [InlineData("Ted", "Theodore", "a short form")]
    [InlineData("Lavrovs", "Lavrov", "a Latvian ending")]
    [InlineData("Putinas", "Putin", "a Lithuanian ending")]
    public void CannotPair_PairLiftedByARule_False(string a, string b, string why)
    {
        var (x, y) = (Token(a, EntitySchema.Person), Token(b, EntitySchema.Person));
        Assert.False(TokenSimilarity.CannotPair(TokenProfile.Of(x), TokenProfile.Of(y)), why);
        Assert.True(TokenSimilarity.Similarity(x, y, out _) >= TokenSimilarity.MinPairSimilarity, why);
    }

    [Fact]
    public void CannotPair_WadeGilesAgainstPinyin_False()
    {
        var hsi = Normalizer.Normalize("Hsi Chin-ping", EntitySchema.Person).Tokens[0];
        var xi = Normalizer.Normalize("Xi Jinping", EntitySchema.Person).Tokens[0];
        Assert.NotNull(hsi.SinoKey);

        Assert.False(TokenSimilarity.CannotPair(TokenProfile.Of(hsi), TokenProfile.Of(xi)));
        Assert.True(TokenSimilarity.Similarity(hsi, xi, out _) >= TokenSimilarity.MinPairSimilarity);
    }

    [Fact]
    public void CannotPair_UnvocalizedAgainstWrittenOut_False()
    {
        var unvocalized = Normalizer.Normalize("فرناندو", EntitySchema.Person).Tokens.Single();
        var written = Token("Fernando", EntitySchema.Person);
        Assert.True(unvocalized.Unvocalized);

        Assert.False(TokenSimilarity.CannotPair(TokenProfile.Of(unvocalized), TokenProfile.Of(written)));
        Assert.True(TokenSimilarity.Similarity(unvocalized, written, out _) >= TokenSimilarity.MinPairSimilarity);
    }

    [Fact]
    public void CannotPair_EveryPairOfVariedNames_OnlyWhenSimilarityIsBelowTheMinimum()
    {
        var tokens = People.Select(p => Normalizer.Normalize(p, EntitySchema.Person))
            .Concat(Companies.Select(c => Normalizer.Normalize(c, EntitySchema.Organization)))
            .SelectMany(n => n.Tokens).DistinctBy(t => (t.Text, t.Kind, t.Unvocalized, t.Syllable, t.SinoKey)).ToList();
        Assert.True(tokens.Count > 100, $"only {tokens.Count} tokens");

        Assert.True(AssertSound(tokens, tokens) > 0);
    }

    [SharedDataFact]
    public void CannotPair_RealListTokens_OnlyWhenSimilarityIsBelowTheMinimum()
    {
        var names = SharedCorpus.Entities.Where((_, i) => i % 20 == 0)
            .SelectMany(e => e.Names.Select(n => Normalizer.Normalize(n.Value, e.Schema)))
            .Where(n => n.Tokens.Count > 0).ToList();
        var vocabulary = new Vocabulary(names, precomputeNeighbours: false);
        var tokens = Enumerable.Range(0, vocabulary.Count).Select(vocabulary.Token).Take(800).ToList();
        Assert.True(tokens.Count == 800, $"only {tokens.Count} tokens");

        var ruledOut = AssertSound(tokens, tokens);

        // Two list tokens taken at random are mostly unlike: the bound has to rule out most such pairs to be worth having.
        Assert.True(ruledOut > 0.7 * tokens.Count * tokens.Count, $"only {ruledOut} of {tokens.Count * tokens.Count} pairs ruled out");
    }

    // Checks, for every pair, that a pair ruled out really is below the pairing minimum and that the distance bound holds;
    // returns how many pairs were ruled out.
    private static int AssertSound(IReadOnlyList<NameToken> left, IReadOnlyList<NameToken> right)
    {
        var ruledOut = 0;
        foreach (var a in left)
        {
            var pa = TokenProfile.Of(a);
            foreach (var b in right)
            {
                var pb = TokenProfile.Of(b);
                Assert.True(TokenProfile.DistanceAtLeast(pa, pb) <= TokenSimilarity.Distance(a.Text, b.Text), $"{a.Text} / {b.Text}");
                if (!TokenSimilarity.CannotPair(pa, pb)) continue;
                ruledOut++;
                var sim = TokenSimilarity.Similarity(a, b, out var how);
                Assert.True(sim < TokenSimilarity.MinPairSimilarity, $"{a.Text} / {b.Text} ruled out but {how} {sim:0.000}");
            }
        }
        return ruledOut;
    }

    private static NameToken Token(string text, EntitySchema schema) => Normalizer.Normalize(text, schema).Tokens.Single();
}
