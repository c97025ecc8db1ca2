using Credence.Core.Text;

namespace Credence.Core.Tests.Text;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("scholz", "schulze")]
    [InlineData("natanyahu", "netanyahu")]
    [InlineData("gazprom", "gasprom")]
    [InlineData("cencora", "sencora")]
    [InlineData("myint", "mynt")]
    public void Of_SoundAlikes_ShareKey(string a, string b) => Assert.Equal(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Theory]
    [InlineData("ahmad", "muhammad")]
    [InlineData("lukashenko", "lukashevich")]
    [InlineData("luxon", "luxford")]
    [InlineData("hlaing", "win")]
    public void Of_DifferentNames_DifferentKeys(string a, string b) => Assert.NotEqual(PhoneticKey.Of(a), PhoneticKey.Of(b));

    [Fact]
    public void Of_Digits_IsEmpty() => Assert.Equal("", PhoneticKey.Of("1234"));
}
