using System.Text;
using Credence.Core.Text;
using Credence.Lists.Text;

namespace Credence.Lists.Tests.Text;

public sealed class ScriptAwareTransliteratorTests
{
    private static readonly ScriptAwareTransliterator Transliterator = ScriptAwareTransliterator.Instance;

    [Theory]
    [InlineData("မင်းအောင်လှိုင်", "Min Aung Hlaing")]
    [InlineData("ဦးဝင်းမြင့်", "U Win Myint")]
    [InlineData("အောင်ဆန်းစုကြည်", "Aung San Suu Kyi")]
    [InlineData("မင္းေအာင္လႈိင္", "Min Aung Hlaing")]
    public void ToLatin_Myanmar_GoesThroughTheRomanizer(string burmese, string expected) =>
        Assert.Equal(expected, Transliterator.ToLatin(burmese));

    [Fact]
    public void ToLatin_Myanmar_DiffersFromAnyAscii()
    {
        const string Burmese = "မင်းအောင်လှိုင်";

        Assert.Equal("mn'eanlhiun", AnyAsciiTransliterator.Instance.ToLatin(Burmese));
        Assert.Equal("Min Aung Hlaing", Transliterator.ToLatin(Burmese));
    }

    [Theory]
    [InlineData("习近平", "Xi Jin Ping")]
    [InlineData("習近平", "Xi Jin Ping")]
    [InlineData("金正恩", "Jin Zheng En")]
    [InlineData("김정은", "Gim Jeong Eun")]
    [InlineData("김 정은", "Gim Jeong Eun")]
    [InlineData("安倍晋三", "An Bei Jin San")]
    [InlineData("\U00020000", "He")]
    public void ToLatin_HanAndHangul_OneTokenPerCharacter(string text, string expected) =>
        Assert.Equal(expected, Transliterator.ToLatin(text));

    [Fact]
    public void ToLatin_ConjoiningHangulJamo_ComposedIntoSyllablesFirst()
    {
        var decomposed = "김정은".Normalize(NormalizationForm.FormD);

        Assert.Equal("Gim Jeong Eun", Transliterator.ToLatin(decomposed));
    }

    [Theory]
    [InlineData("ひろし", "hiroshi")]
    [InlineData("きょうと", "kiyouto")]
    [InlineData("がっこう", "gatkou")]
    [InlineData("プーチン", "puchin")]
    [InlineData("ｶﾀｶﾅ", "katakana")]
    [InlineData("バラク・オバマ", "baraku-obama")]
    [InlineData("オバマ習近平", "obama Xi Jin Ping")]
    public void ToLatin_Kana_OneWordPerRun(string text, string expected) =>
        Assert.Equal(expected, Transliterator.ToLatin(text));

    [Theory]
    [InlineData("")]
    [InlineData("Vladimir Putin")]
    [InlineData("Müller-Lüdenscheidt")]
    [InlineData("Владимир Путин")]
    [InlineData("علي خامنئي")]
    [InlineData("Ελευθέριος Βενιζέλος")]
    [InlineData("ㄱㄴ")]
    public void ToLatin_OtherScripts_SameAsAnyAscii(string text) =>
        Assert.Equal(AnyAsciiTransliterator.Instance.ToLatin(text), Transliterator.ToLatin(text));

    [Theory]
    [InlineData("习近平abc", "Xi Jin Ping abc")]
    [InlineData("abc习近平", "abc Xi Jin Ping")]
    [InlineData("(习近平)", "(Xi Jin Ping)")]
    [InlineData("မင်း习", "Min Xi")]
    [InlineData("Xi 习近平 / မင်းအောင်လှိုင် / Путин", "Xi Xi Jin Ping / Min Aung Hlaing / Putin")]
    [InlineData("Gen. မင်းအောင်လှိုင် (Мин Аунг Хлайн)", "Gen. Min Aung Hlaing (Min Aung Khlayn)")]
    [InlineData("김정은 金正恩", "Gim Jeong Eun Jin Zheng En")]
    public void ToLatin_MixedScripts_KeepsSpacesAtRunBoundaries(string text, string expected) =>
        Assert.Equal(expected, Transliterator.ToLatin(text));

    [Theory]
    [InlineData("ျြွှ")]
    [InlineData("္္္")]
    [InlineData("ေ习")]
    [InlineData("ゃゃゃ")]
    [InlineData("っ")]
    [InlineData("\uD840")]
    [InlineData("\u200B\u200C\u200D")]
    public void ToLatin_Garbage_GivesAsciiWithoutThrowing(string garbage)
    {
        var latin = Transliterator.ToLatin(garbage);

        Assert.DoesNotContain(latin, c => c > '\u007f' && c != '\uD840');
    }

    [Fact]
    public void ToLatin_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Transliterator.ToLatin(null!));

    [Fact]
    public void Instance_PlugsIntoNameNormalizer()
    {
        var normalizer = new NameNormalizer(ScriptAwareTransliterator.Instance);

        Assert.Equal("Than Shwe", normalizer.Transliterator.ToLatin("သန်းရွှေ"));
    }
}
