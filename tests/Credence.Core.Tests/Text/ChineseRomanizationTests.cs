using Credence.Core.Text;

namespace Credence.Core.Tests.Text;

public sealed class ChineseRomanizationTests
{
    [Theory]
    [InlineData("xi", "hsi")]
    [InlineData("jinping", "chinping")]
    [InlineData("zedong", "tsetung")]
    [InlineData("deng", "teng")]
    [InlineData("zhou", "chou")]
    [InlineData("enlai", "enlai")]
    [InlineData("xi", "shi")]
    public void KeyOf_PinyinAndWadeGilesOfOneName_AreTheSame(string pinyin, string other)
    {
        Assert.NotNull(ChineseRomanization.KeyOf(pinyin));
        Assert.Equal(ChineseRomanization.KeyOf(pinyin), ChineseRomanization.KeyOf(other));
    }

    [Theory]
    [InlineData("jinping", "jinpeng")]
    [InlineData("mao", "ma")]
    [InlineData("li", "ni")]
    [InlineData("chen", "chiang")]
    public void KeyOf_OtherSyllables_Differ(string a, string b) =>
        Assert.NotEqual(ChineseRomanization.KeyOf(a), ChineseRomanization.KeyOf(b));

    [Theory]
    [InlineData("lavrov")]
    [InlineData("smith")]
    [InlineData("kowalski")]
    [InlineData("")]
    public void KeyOf_WordsThatAreNoChineseSyllables_IsNull(string token) => Assert.Null(ChineseRomanization.KeyOf(token));
}
