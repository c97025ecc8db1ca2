using Credence.Core.Entities;
using Credence.Core.Text;
using Credence.Lists.Text;

namespace Credence.Core.Tests.Text;

public sealed class NameNormalizerTests
{
    private static readonly NameNormalizer Normalizer = new(AnyAsciiTransliterator.Instance);

    [Theory]
    [InlineData("HLAING, Min Aung", EntitySchema.Person, "hlaing min aung")]
    [InlineData("Senior General Min Aung Hlaing", EntitySchema.Person, "min aung hlaing")]
    [InlineData("Lt. Gen. Than Hlaing", EntitySchema.Person, "than hlaing")]
    [InlineData("Pol. Col. Than Hlaing", EntitySchema.Unknown, "than hlaing")]
    [InlineData("Maj. Gen. Soe Win", EntitySchema.Person, "soe win")]
    [InlineData("Brig. Gen. Zaw Min Tun", EntitySchema.Person, "zaw min tun")]
    [InlineData("Daw Aung San Suu Kyi", EntitySchema.Person, "aung san suu kyi")]
    [InlineData("U Thant", EntitySchema.Person, "u thant")]
    [InlineData("Saw Maung", EntitySchema.Person, "saw maung")]
    [InlineData("José Ñúñez-Gárcia", EntitySchema.Person, "jose nunez garcia")]
    [InlineData("O'Brien", EntitySchema.Person, "obrien")]
    [InlineData("Мин Аунг Хлайн", EntitySchema.Person, "min aung khlain")]
    [InlineData("ＭＩＮ　ＡＵＮＧ", EntitySchema.Person, "min aung")]
    [InlineData("İstanbul Şirketi", EntitySchema.Unknown, "istanbul sirketi")]
    [InlineData("Usama ibn Ladin", EntitySchema.Person, "usama bin ladin")]
    [InlineData("Ben Netanyahu", EntitySchema.Person, "ben netanyahu")]
    [InlineData("JC Juncker", EntitySchema.Person, "j c juncker")]
    [InlineData("Haji Abdul Ghani Baradar", EntitySchema.Person, "abdul ghani baradar")]
    [InlineData("NG Chee Meng", EntitySchema.Person, "ng chee meng")]
    [InlineData("Kim Jong Un", EntitySchema.Unknown, "kim jong un")]
    [InlineData("Itamar Ben Gvir", EntitySchema.Person, "itamar bin gvir")]
    public void Normalize_PersonNames_DropsTitlesAndFolds(string input, EntitySchema schema, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input, schema).Display);

    [Theory]
    [InlineData("MYANMA ECONOMIC HOLDINGS PUBLIC COMPANY LIMITED", "myanma economic holdings plc")]
    [InlineData("Myanmar Economic Holdings Ltd.", "myanmar economic holdings ltd")]
    [InlineData("Myanmar Economic Corporation Limited", "myanmar economic corp ltd")]
    [InlineData("Siemens Aktiengesellschaft", "siemens ag")]
    [InlineData("OAO Gazprom", "jsc gazprom")]
    [InlineData("Open Joint Stock Company Gazprom", "jsc gazprom")]
    [InlineData("L.X.C. Aviation", "lxc aviation")]
    [InlineData("S.C. Johnson & Son, Inc.", "sc johnson and son inc")]
    [InlineData("Brigade Forty-Four", "brigade 44")]
    [InlineData("Brigade Forty 4", "brigade 44")]
    [InlineData("U.S. Department of State", "united states department of state")]
    [InlineData("UK Export Finance", "united kingdom export finance")]
    [InlineData("Tactical Missiles Corporation Joynt Stock Company", "tactical missiles corp jsc")]
    [InlineData("Tactical Missiles Corporation Joint Stock Compa", "tactical missiles corp jsc")]
    [InlineData("Joint Stock Compa Tactical Missiles", "joint stock compa tactical missiles")]
    [InlineData("1st International Bank", "1 international bank")]
    [InlineData("First Bank Int'l", "1 bank international")]
    [InlineData("FABERLIC EUROPE Sp. z o.o.", "faberlic europe spzoo")]
    [InlineData("General Electric Company", "general electric co")]
    public void Normalize_OrganisationNames_CanonicalLegalForms(string input, string expected) =>
        Assert.Equal(expected, Normalizer.Normalize(input, EntitySchema.Organization).Display);

    [Fact]
    public void Normalize_LegalForm_IsMarkedAsLegalForm()
    {
        var name = Normalizer.Normalize("Acme Trading Co., Ltd.", EntitySchema.Organization);
        Assert.Equal(TokenKind.LegalForm, name.Tokens[^1].Kind);
        Assert.Equal(TokenKind.Generic, name.Tokens[1].Kind);
    }

    [Fact]
    public void Normalize_Titles_AreReportedAsDropped()
    {
        var name = Normalizer.Normalize("Senior General Min Aung Hlaing", EntitySchema.Person);
        Assert.Equal(["senior", "general"], name.Dropped);
    }

    [Fact]
    public void Normalize_VesselPrefix_IsDropped() =>
        Assert.Equal("hellenic spirit", Normalizer.Normalize("MV Hellenic Spirit", EntitySchema.Vessel).Display);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("---")]
    [InlineData("\u0000\u0001")]
    public void Normalize_EmptyOrPunctuation_ReturnsNoTokens(string? input) =>
        Assert.Empty(Normalizer.Normalize(input).Tokens);

    [Fact]
    public void Normalize_HugeName_IsCutAndDoesNotThrow()
    {
        var huge = string.Concat(Enumerable.Repeat("Abcdefgh ", 1_000_000));
        var name = Normalizer.Normalize(huge, EntitySchema.Person);
        Assert.InRange(name.Tokens.Count, 1, NameNormalizer.MaxNameLength);
    }

    [Fact]
    public void Normalize_TurkishCulture_DoesNotChangeResult()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("ibrahim ismail", Normalizer.Normalize("IBRAHIM ISMAIL", EntitySchema.Person).Display);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
