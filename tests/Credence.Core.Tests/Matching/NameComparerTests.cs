using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Text;

namespace Credence.Core.Tests.Matching;

public sealed class NameComparerTests
{
    private static readonly NameComparer Comparer = new(new NameNormalizer(AnyAsciiTransliterator.Instance));

    // Screening's own transliterator: one token per Han or Hangul syllable.
    private static readonly NameComparer ScriptAware = new(new NameNormalizer(ScriptAwareTransliterator.Instance));

    public enum Band
    {
        /// <summary>0.99 and above: the same name.</summary>
        Exact,
        /// <summary>[0.80, 0.99): a strong match.</summary>
        Strong,
        /// <summary>[0.60, 0.80): a weak match, below the default threshold.</summary>
        Weak,
        /// <summary>Below 0.60: no match.</summary>
        None,
    }

    [Theory]
    [InlineData("Min Aung Hlaing", "HLAING, Min Aung", EntitySchema.Person, Band.Exact)]
    [InlineData("Senior General Min Aung Hlaing", "HLAING, Min Aung", EntitySchema.Person, Band.Exact)]
    [InlineData("Lt. Gen. Than Hlaing", "HLAING, Than", EntitySchema.Person, Band.Exact)]
    [InlineData("MinAung Hlaing", "Min Aung Hlaing", EntitySchema.Person, Band.Exact)]
    [InlineData("Min Aung Hliang", "Min Aung Hlaing", EntitySchema.Person, Band.Strong)]
    [InlineData("Friedrich Lindenberg", "Fridrich Lindenberg", EntitySchema.Person, Band.Strong)]
    [InlineData("Benjamin Natanyahu", "Benjamin Netanyahu", EntitySchema.Person, Band.Strong)]
    [InlineData("JAMAL SULTAN AL-TIKRITI", "JAMAL MUSTAFA ABDALLAH SULTAN AL-TIKRITI", EntitySchema.Person, Band.Strong)]
    [InlineData("Hans J Friedrich", "Hans Joachim Friedrich", EntitySchema.Person, Band.Strong)]
    [InlineData("Min Aung", "Min Aung Hlaing", EntitySchema.Person, Band.Weak)]
    [InlineData("Hans O Friedrich", "Hans Joachim Friedrich", EntitySchema.Person, Band.None)]
    [InlineData("Barack Obama", "Michelle Obama", EntitySchema.Person, Band.None)]
    [InlineData("Soe Win", "Than Hlaing", EntitySchema.Person, Band.None)]
    [InlineData("SOE Hlaing Win", "WIN, Soe", EntitySchema.Person, Band.Weak)]
    [InlineData("SOE Hlaing Win", "HLAING, Than", EntitySchema.Person, Band.None)]
    [InlineData("Friedrich Lindenberg", "Lars Friedrich Lindemann", EntitySchema.Person, Band.None)]
    [InlineData("Alexander Lukashevich", "Alexander Lukashenko", EntitySchema.Person, Band.Weak)]
    [InlineData("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI", EntitySchema.Person, Band.Weak)]
    [InlineData("N.N.", "Nursultan Nazarbayev", EntitySchema.Person, Band.None)]
    public void Compare_PersonNames_FallInBand(string a, string b, EntitySchema schema, Band expected) =>
        AssertBand(Comparer.Compare(a, b, schema).Score, expected, a, b);

    [Theory]
    [InlineData("Myanmar Economic Holdings Ltd", "MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED", Band.Strong)]
    [InlineData("Myanma Oil and Gas Enterprise", "MYANMA OIL AND GAS ENTERPRISE", Band.Exact)]
    [InlineData("Siemens AG", "Siemens Aktiengesellschaft", Band.Exact)]
    [InlineData("SiemensAG", "Siemens AG", Band.Exact)]
    [InlineData("OAO Gazprom", "Gazprom JSC", Band.Exact)]
    [InlineData("Exxor Mobil Corporation", "Exxon Mobil Corporation", Band.Strong)]
    [InlineData("Banco Santander S.A.", "Banco Santander Chile S.A.", Band.Weak)]
    [InlineData("Volkswagen Aktiengesellschaft", "Siemens Aktiengesellschaft", Band.None)]
    [InlineData("Acme Ltd", "Zenith Ltd", Band.None)]
    public void Compare_OrganisationNames_FallInBand(string a, string b, Band expected) =>
        AssertBand(Comparer.Compare(a, b, EntitySchema.Organization).Score, expected, a, b);

    [Theory]
    [InlineData("Vladimir Putin", "Владимир Путин")]
    [InlineData("Vladimir Vladimirovich Putin", "Владимир Владимирович Путин")]
    public void Compare_CrossScript_IsStrong(string latin, string other) =>
        Assert.True(Comparer.Compare(latin, other, EntitySchema.Person).Score >= 0.8, $"{latin} vs {other}");

    [Theory]
    [InlineData("Ted Kowalski", "Theodore Kowalski", EntitySchema.Person)]
    [InlineData("Bill Browder", "William Browder", EntitySchema.Person)]
    [InlineData("Usama Hamdan", "Osama Hamdan", EntitySchema.Person)]
    [InlineData("Ri Chol Man", "Lee Chol Man", EntitySchema.Person)]
    [InlineData("IRGC", "Islamic Revolutionary Guard Corps", EntitySchema.Organization)]
    [InlineData("Organization of the Petroleum Exporting Countries", "OPEC", EntitySchema.Organization)]
    [InlineData("فاطمة حسن", "Fatima Hassan", EntitySchema.Person)]
    [InlineData("Myanma Economic Holdings", "Myanma Economic Holdings (Myanmar) Ltd", EntitySchema.Organization)]
    [InlineData("Anwar Ibrahim", "Anwar Ibrahim Abdul Rahman", EntitySchema.Person)]
    [InlineData("Hamid Karzai", "Abdul Hamid Karzai", EntitySchema.Person)]
    [InlineData("Sergejs Lavrovs", "Sergey Viktorovich Lavrov", EntitySchema.Person)]
    [InlineData("Vladimiras Putinas", "Vladimir Putin", EntitySchema.Person)]
    [InlineData("Nikolai Plat Ono Vich Patrushev", "Nikolai Platonovich Patrushev", EntitySchema.Person)]
    [InlineData("Ben Netanyahu", "Benjamin Netanyahu", EntitySchema.Person)]
    [InlineData("Chou En-lai", "Zhou Enlai", EntitySchema.Person)]
    [InlineData("Teng Hsiao-ping", "Deng Xiaoping", EntitySchema.Person)]
    [InlineData("JC Juncker", "Jean-Claude Juncker", EntitySchema.Person)]
    [InlineData("Haji Abdul Ghani Baradar", "Abdul Ghani Baradar Akhund", EntitySchema.Person)]
    public void Compare_FormsSpellingCannotSee_ReachTheThreshold(string a, string b, EntitySchema schema)
    {
        var score = Comparer.Compare(a, b, schema).Score;
        Assert.True(score >= new MatchingOptions().Threshold, $"\"{a}\" vs \"{b}\": {score:0.000}");
    }

    [Theory]
    [InlineData("Ted Kowalski", "Tom Kowalski", EntitySchema.Person)]
    [InlineData("IRGC", "Islamic Revolutionary Corps", EntitySchema.Organization)]
    [InlineData("IRGC", "Guard Corps Islamic Revolutionary", EntitySchema.Organization)]
    [InlineData("DAS", "Dmitry Alexandrovich Skoropupov", EntitySchema.Unknown)]
    [InlineData("KIM", "Karl Ivan Maier", EntitySchema.Person)]
    [InlineData("SRZ", "Sirius", EntitySchema.Organization)]
    [InlineData("TESA", "The Elton Show AS", EntitySchema.Organization)]
    [InlineData("NTSA", "Northern Tone Service AS", EntitySchema.Organization)]
    [InlineData("Banco Santander", "Banco Santander Chile", EntitySchema.Organization)]
    [InlineData("Anwar Ibrahim", "Anwar Mahathir Ibrahim Abdul Rahman Khan Yusof", EntitySchema.Person)]
    [InlineData("Chou En-lai", "Zhao Enlai", EntitySchema.Person)]
    [InlineData("Peter Hansen", "Peter Jensen", EntitySchema.Person)]
    [InlineData("Ali Nasrullah", "Ali Fathullah", EntitySchema.Person)]
    public void Compare_LookalikesOfThoseForms_StayBelowTheThreshold(string a, string b, EntitySchema schema)
    {
        var score = Comparer.Compare(a, b, schema).Score;
        Assert.True(score < new MatchingOptions().Threshold, $"\"{a}\" vs \"{b}\": {score:0.000}");
    }

    // One part each name has and the other contradicts (a different father, grandfather or tribe) says "another person", however
    // many other parts agree: brothers share their father's and grandfather's names. A typo or a part one name lacks is no
    // contradiction.
    [Theory]
    [InlineData("KARIM YUSUF HADDAD NASSER AL-ZUBAIDI", "KARIM YUSUF HADDAD NASSER AL-JABURI", EntitySchema.Person, false)]
    [InlineData("OMAR KHALID TARIQ HUSSEIN MAHMOUD", "OMAR KHALID TARIQ HUSSEIN RASHID", EntitySchema.Person, false)]
    [InlineData("Khalid bin Al-Walid Al-Harbi", "Al-Walid bin Khalid Al-Harbi", EntitySchema.Person, false)]
    [InlineData("王小明", "王小平", EntitySchema.Person, false)]
    [InlineData("박민수", "박민호", EntitySchema.Person, false)]
    [InlineData("Grand Eastern Trading Holding Corporation", "Grand Northern Trading Holding Corporation", EntitySchema.Organization, false)]
    [InlineData("KARIM YUSUF HADDAD NASSER AL-ZUBAIDI", "KARIM YUSUF HADAD NASSER AL-ZUBAIDI", EntitySchema.Person, true)]
    [InlineData("KARIM YUSUF AL-ZUBAIDI", "KARIM YUSUF HADDAD NASSER AL-ZUBAIDI", EntitySchema.Person, true)]
    [InlineData("王小明", "王小明", EntitySchema.Person, true)]
    [InlineData("Grand Eastern Trading Holding Corporation", "Grand Easten Trading Holding Corporation", EntitySchema.Organization, true)]
    public void Compare_ContradictionOrNot_DecidesTheMatch(string a, string b, EntitySchema schema, bool match)
    {
        var result = ScriptAware.Compare(a, b, schema);
        Assert.True(result.Score >= new MatchingOptions().Threshold == match, $"\"{a}\" vs \"{b}\": {result.Score:0.000}");
        if (match) Assert.Empty(result.Rules);
    }

    [Fact]
    public void Compare_AContradictionThatCapsTheScore_IsExplained()
    {
        var result = ScriptAware.Compare("KARIM YUSUF HADDAD NASSER AL-ZUBAIDI", "KARIM YUSUF HADDAD NASSER AL-JABURI", EntitySchema.Person);
        Assert.Equal(NameScorer.ConflictFloor, result.Score);
        Assert.Contains(result.Rules, r => r.Contains("contradicts", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_FatherAndSonSwapped_IsExplained()
    {
        var result = ScriptAware.Compare("Khalid bin Al-Walid Al-Harbi", "Al-Walid bin Khalid Al-Harbi", EntitySchema.Person);
        Assert.Equal(NameScorer.PatronymicSwapFactor, result.Score, 3);
        Assert.Contains(result.Rules, r => r.Contains("father and son", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KARIM YUSUF HADDAD NASSER AL-ZUBAIDI", "KARIM YUSUF HADAD NASSER AL-ZUBAIDI", EntitySchema.Person)]
    [InlineData("KARIM YUSUF AL-ZUBAIDI", "KARIM YUSUF HADDAD NASSER AL-ZUBAIDI", EntitySchema.Person)]
    [InlineData("王小明", "王小明", EntitySchema.Person)]
    [InlineData("Grand Eastern Trading Holding Corporation", "Grand Easten Trading Holding Corporation", EntitySchema.Organization)]
    public void Compare_ATypoOrAMissingPart_IsNoContradiction(string a, string b, EntitySchema schema)
    {
        var result = ScriptAware.Compare(a, b, schema);
        Assert.True(result.Score >= new MatchingOptions().Threshold, $"\"{a}\" vs \"{b}\": {result.Score:0.000}");
        Assert.Empty(result.Rules);
    }

    [Fact]
    public void Compare_TwoHanCharacters_AreDifferentNamesWhateverTheirRomanisation()
    {
        var result = ScriptAware.Compare("王小明", "王小平", EntitySchema.Person);
        Assert.Contains(result.Tokens, t => t is { QueryToken: "ming", ListToken: null, How: "unmatched" });
        Assert.DoesNotContain(result.Tokens, t => t.QueryToken == "ming" && t.ListToken == "ping");
    }

    [Fact]
    public void Compare_Acronym_IsExplainedWithTheWordsItStandsFor()
    {
        var result = Comparer.Compare("IRGC", "Islamic Revolutionary Guard Corps", EntitySchema.Organization);
        var token = Assert.Single(result.Tokens);
        Assert.Equal(("irgc", "islamic revolutionary guard corps", "acronym"), (token.QueryToken, token.ListToken, token.How));
    }

    [Fact]
    public void Compare_IsSymmetricForReorderedNames()
    {
        var x = Comparer.Compare("Min Aung Hlaing", "Hlaing Min Aung", EntitySchema.Person).Score;
        var y = Comparer.Compare("Hlaing Min Aung", "Min Aung Hlaing", EntitySchema.Person).Score;
        Assert.Equal(1.0, x);
        Assert.Equal(x, y);
    }

    [Fact]
    public void Compare_ExplainsTokenByToken()
    {
        var result = Comparer.Compare("Min Aung Hliang", "HLAING, Min Aung", EntitySchema.Person);
        var fuzzy = Assert.Single(result.Tokens, t => t.QueryToken == "hliang");
        Assert.Equal("hlaing", fuzzy.ListToken);
        Assert.InRange(fuzzy.Similarity, 0.6, 0.99);
        Assert.Contains(result.Tokens, t => t is { QueryToken: "min", ListToken: "min", How: "exact" });
    }

    [Fact]
    public void Compare_ScoresAreGradedNotPiledAtOne()
    {
        var scores = new[]
        {
            Comparer.Compare("Min Aung Hlaing", "Min Aung Hlaing", EntitySchema.Person).Score,
            Comparer.Compare("Min Aung Hliang", "Min Aung Hlaing", EntitySchema.Person).Score,
            Comparer.Compare("Min Aung", "Min Aung Hlaing", EntitySchema.Person).Score,
            Comparer.Compare("Min Aung Hlaing Win", "Min Aung Hlaing", EntitySchema.Person).Score,
        };
        Assert.Equal(scores.Length, scores.Distinct().Count());
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
    }

    private static void AssertBand(double score, Band expected, string a, string b)
    {
        var actual = score switch
        {
            >= 0.99 => Band.Exact,
            >= 0.80 => Band.Strong,
            >= 0.60 => Band.Weak,
            _ => Band.None,
        };
        Assert.True(actual == expected, $"\"{a}\" vs \"{b}\": score {score:0.000} is {actual}, expected {expected}");
    }
}
