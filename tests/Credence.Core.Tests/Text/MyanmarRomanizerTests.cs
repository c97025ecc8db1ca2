using Credence.Core.Text;

namespace Credence.Core.Tests.Text;

public sealed class MyanmarRomanizerTests
{
    [Theory]
    [InlineData("မင်း", "Min")]
    [InlineData("အောင်", "Aung")]
    [InlineData("လှိုင်", "Hlaing")]
    [InlineData("သန်း", "Than")]
    [InlineData("စိုး", "Soe")]
    [InlineData("ဝင်း", "Win")]
    [InlineData("ကျော်", "Kyaw")]
    [InlineData("ဇော်", "Zaw")]
    [InlineData("ထွန်း", "Tun")]
    [InlineData("မြင့်", "Myint")]
    [InlineData("သိန်း", "Thein")]
    [InlineData("ဆွေ", "Swe")]
    [InlineData("ညွန့်", "Nyunt")]
    [InlineData("ဦး", "U")]
    [InlineData("ဒေါ်", "Daw")]
    [InlineData("ခင်", "Khin")]
    [InlineData("မောင်", "Maung")]
    [InlineData("နိုင်", "Naing")]
    [InlineData("ရဲ", "Ye")]
    [InlineData("ဝေ", "Wai")]
    [InlineData("ဖြိုး", "Phyo")]
    [InlineData("ကို", "Ko")]
    [InlineData("သူ", "Thu")]
    [InlineData("လွင်", "Lwin")]
    [InlineData("မိုး", "Moe")]
    [InlineData("ဗိုလ်", "Bo")]
    [InlineData("ချုပ်", "Chok")]
    [InlineData("စု", "Su")]
    [InlineData("ကြည်", "Kyi")]
    [InlineData("ဆန်း", "San")]
    [InlineData("ထွဋ်", "Htut")]
    [InlineData("ငြိမ်း", "Nyein")]
    [InlineData("ရွှေ", "Shwe")]
    [InlineData("အေး", "Aye")]
    [InlineData("ကံ", "Kan")]
    [InlineData("စုံ", "Sone")]
    [InlineData("အုန်း", "Ohn")]
    [InlineData("ချစ်", "Chit")]
    [InlineData("ထက်", "Htet")]
    [InlineData("မြတ်", "Myat")]
    [InlineData("ဉာဏ်", "Nyan")]
    [InlineData("ဌေး", "Htay")]
    [InlineData("ယဉ်", "Yin")]
    [InlineData("ဩ", "Aw")]
    public void Romanize_Syllable_GivesConventionalSpelling(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("မင်းအောင်လှိုင်", "Min Aung Hlaing")]
    [InlineData("သန်းလှိုင်", "Than Hlaing")]
    [InlineData("စိုးဝင်း", "Soe Win")]
    [InlineData("မင်း အောင်လှိုင်", "Min Aung Hlaing")]
    [InlineData("ဗိုလ်ချုပ်", "Bo Chok")]
    public void Romanize_Name_OneTokenPerSyllable(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("ဦးဝင်းမြင့်", "U Win Myint")]
    [InlineData("ရဲဝင်းဦး", "Ye Win Oo")]
    [InlineData("ရဲဝင်း ဦး", "Ye Win Oo")]
    [InlineData("ဦး ဝင်း", "U Win")]
    [InlineData("ရဲဝင်းဦး၊ ဦးဝင်း", "Ye Win Oo, U Win")]
    public void Romanize_Uu_IsHonorificUFirstAndOoInsideAName(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("ကိုကိုကြီး", "Ko Ko Gyi")]
    [InlineData("ကြီး", "Kyi")]
    [InlineData("စုကြည်", "Suu Kyi")]
    [InlineData("စုမြင့်", "Su Myint")]
    [InlineData("ပြည့်", "Pyae")]
    [InlineData("နေပြည်တော်", "Nay Pyi Taw")]
    public void Romanize_ExceptionTable_AppliesOnlyInItsContext(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("မင်း", "Min")]
    [InlineData("မြင့်", "Myint")]
    [InlineData("သန့်", "Thant")]
    [InlineData("သိန့်", "Theint")]
    [InlineData("နိုင့်", "Naing")]
    public void Romanize_CreakyTone_AddsTOnlyAfterAFinalN(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("သဉ္ဇာ", "Thinzar")]
    [InlineData("မင်္ဂလာ", "Minga Lar")]
    [InlineData("ဝဏ္ဏ", "Wanna")]
    public void Romanize_StackedConsonantOrKinzi_KeepsSyllablesInOneToken(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("၁၉၄၅", "1945")]
    [InlineData("ခန်း ၁၀", "Khan 10")]
    [InlineData("၀", "0")]
    [InlineData("၀င်း", "Win")]
    [InlineData("မောင်၀င်း", "Maung Win")]
    [InlineData("၇ဲ", "Ye")]
    [InlineData("႑႒", "12")]
    public void Romanize_DigitsAndTheirLetterLookAlikes_ReadByContext(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("မင်း\u200Bအောင်\u200Bလှိုင်")]
    [InlineData("မင်း\u200Cအောင်\u200Dလှိုင်")]
    [InlineData("မင်း\uFEFFအောင်လှိုင်\u2060")]
    [InlineData("မ\u200Dင်းအောင်လှိုင်")]
    public void Romanize_ZeroWidthCharacters_DoNotChangeTheReading(string burmese) =>
        Assert.Equal("Min Aung Hlaing", MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("ဦး", "U")]
    [InlineData("ဉီး", "U")]
    [InlineData("ရဲဝင်းဦး", "Ye Win Oo")]
    [InlineData("ယဥ်", "Yin")]
    [InlineData("သြ", "Aw")]
    public void Romanize_LegacyLookAlikeSequences_ReadAsTheLetterMeant(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("မင်းေအာင်", "Min Aung")]
    [InlineData("ေမာင်", "Maung")]
    [InlineData("စုေမာင်", "Su Maung")]
    [InlineData("ြမင့်", "Myint")]
    public void Romanize_VisualOrderTyping_MovesSignsOntoTheirConsonant(string burmese, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(burmese));

    [Theory]
    [InlineData("မင္းေအာင္လႈိင္", "Min Aung Hlaing")]
    [InlineData("ေအာင္ဆန္းစုၾကည္", "Aung San Suu Kyi")]
    [InlineData("သန္းေရႊ", "Than Shwe")]
    [InlineData("ဦးဝင္းျမင့္", "U Win Myint")]
    public void Romanize_Zawgyi_IsConvertedBeforeReading(string zawgyi, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(zawgyi));

    [Theory]
    [InlineData("မင္းေအာင္လႈိင္", true)]
    [InlineData("ေအာင္ဆန္းစုၾကည္", true)]
    [InlineData("ေမာင်", true)]
    [InlineData("မင်းအောင်လှိုင်", false)]
    [InlineData("ကျော်ဇော်", false)]
    [InlineData("သဉ္ဇာ", false)]
    [InlineData("Min Aung Hlaing", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void LooksLikeZawgyi_Signatures_Detected(string? text, bool expected) =>
        Assert.Equal(expected, MyanmarRomanizer.LooksLikeZawgyi(text));

    [Theory]
    [InlineData("")]
    [InlineData("Min Aung Hlaing")]
    [InlineData("Müller-Lüdenscheidt")]
    [InlineData("Владимир Путин")]
    [InlineData("习近平")]
    [InlineData("  spaced  \t out ")]
    public void Romanize_NoMyanmar_ReturnsTheSameString(string text) =>
        Assert.Same(text, MyanmarRomanizer.Romanize(text));

    [Theory]
    [InlineData("ABCမင်းXYZ", "ABC Min XYZ")]
    [InlineData("Gen. မင်းအောင်လှိုင် (C-in-C)", "Gen. Min Aung Hlaing (C-in-C)")]
    [InlineData("Путин ဗလာဒီမီယာ", "Путин Ba Lar Di Mi Yar")]
    [InlineData("ဦးဝင်းမြင့်၊ ဒေါ်အောင်ဆန်းစုကြည်။", "U Win Myint, Daw Aung San Suu Kyi.")]
    [InlineData("Mr ဦးဝင်း", "Mr U Win")]
    [InlineData("ရယ်(လ်)", "Ye(L)")]
    [InlineData("ရယ်လ်", "Yel")]
    public void Romanize_MixedText_RomanisesOnlyMyanmarAndSeparatesRuns(string text, string expected) =>
        Assert.Equal(expected, MyanmarRomanizer.Romanize(text));

    [Theory]
    [InlineData("ျ")]
    [InlineData("ြွှ")]
    [InlineData("ာ")]
    [InlineData("်")]
    [InlineData("္")]
    [InlineData("့း")]
    [InlineData("ေ")]
    [InlineData("ေေေေ")]
    [InlineData("ိုိုိုို")]
    [InlineData("္္္က")]
    [InlineData("က်််််")]
    [InlineData("င်္")]
    [InlineData("ကျျျြြြ")]
    [InlineData("၎")]
    [InlineData("\u200B\u200B")]
    [InlineData("ꩠꩻ႟")]
    [InlineData("ၵႃႇ")]
    public void Romanize_GarbageSequences_GiveLatinOutputWithoutThrowing(string garbage)
    {
        var latin = MyanmarRomanizer.Romanize(garbage);

        Assert.DoesNotContain(latin, MyanmarRomanizer.IsMyanmar);
    }

    [Fact]
    public void Romanize_RandomMyanmarCodePoints_NeverThrowsAndLeavesNoMyanmar()
    {
        var random = new Random(20240503);
        var buffer = new char[24];
        for (var n = 0; n < 2000; n++)
        {
            for (var k = 0; k < buffer.Length; k++)
            {
                buffer[k] = random.Next(10) == 0 ? '\u200B' : (char)random.Next(0x1000, 0x10A0);
            }

            var latin = MyanmarRomanizer.Romanize(new string(buffer));

            Assert.DoesNotContain(latin, MyanmarRomanizer.IsMyanmar);
        }
    }

    [Fact]
    public void Romanize_HugeInput_IsLinear()
    {
        var name = string.Concat(Enumerable.Repeat("မင်းအောင်လှိုင်", 20_000));

        var latin = MyanmarRomanizer.Romanize(name);

        Assert.Equal(60_000, latin.Split(' ').Length);
    }

    [Fact]
    public void Romanize_Null_Throws() => Assert.Throws<ArgumentNullException>(() => MyanmarRomanizer.Romanize(null!));

    [Fact]
    public void ToLatin_AsTransliterator_SameAsRomanize()
    {
        ITransliterator transliterator = MyanmarRomanizer.Instance;

        Assert.Equal("Than Shwe", transliterator.ToLatin("သန်းရွှေ"));
    }

    [Theory]
    [InlineData('\u1000', true)]
    [InlineData('\u109F', true)]
    [InlineData('\uAA60', true)]
    [InlineData('\uA9E0', true)]
    [InlineData('\u0FFF', false)]
    [InlineData('\u10A0', false)]
    [InlineData('A', false)]
    public void IsMyanmar_BlockEdges_Classified(char c, bool expected) => Assert.Equal(expected, MyanmarRomanizer.IsMyanmar(c));
}
