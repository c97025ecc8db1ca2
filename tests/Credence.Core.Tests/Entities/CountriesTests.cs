using Credence.Core.Entities;

namespace Credence.Core.Tests.Entities;

public sealed class CountriesTests
{
    [Theory]
    [InlineData("Burma", "mm")]
    [InlineData("Myanmar (Burma)", "mm")]
    [InlineData("MYANMAR", "mm")]
    [InlineData("MMR", "mm")]
    [InlineData("mm", "mm")]
    [InlineData("Russian Federation", "ru")]
    [InlineData("Iran (Islamic Republic of)", "ir")]
    [InlineData("Korea, North", "kp")]
    [InlineData("Democratic People's Republic of Korea", "kp")]
    [InlineData("Côte d'Ivoire", "ci")]
    [InlineData("Cote d Ivoire", "ci")]
    [InlineData("Türkiye", "tr")]
    [InlineData("United Kingdom", "gb")]
    [InlineData("the Netherlands", "nl")]
    [InlineData("Antigua and Barbuda", "ag")]
    public void ToCode_KnownSpelling_ReturnsAlpha2(string text, string expected) =>
        Assert.Equal(expected, Countries.ToCode(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Atlantis")]
    [InlineData("Kyiv Oblast")]
    public void ToCode_Unknown_ReturnsNull(string text) => Assert.Null(Countries.ToCode(text));

    [Fact]
    public void Normalize_Unknown_KeepsText() => Assert.Equal("Atlantis", Countries.Normalize("  Atlantis "));
}
