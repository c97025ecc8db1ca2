using Credence.Core.Entities;

namespace Credence.Core.Tests.Entities;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1956", 1956, null, null)]
    [InlineData("1956-07", 1956, 7, null)]
    [InlineData("1956-07-03", 1956, 7, 3)]
    public void TryParseIso_ValidForms_Parse(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParseIso(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("56")]
    [InlineData("1956-13")]
    [InlineData("1956-02-30")]
    [InlineData("03/07/1956")]
    [InlineData("1956-7-3")]
    [InlineData("abcd")]
    public void TryParseIso_Invalid_ReturnsFalse(string text) => Assert.False(PartialDate.TryParseIso(text, out _));

    [Theory]
    [InlineData("1956", "1956-07-03", true)]
    [InlineData("1956-07", "1956-07-03", true)]
    [InlineData("1956-07", "1956-08", false)]
    [InlineData("1956-07-03", "1956-07-04", false)]
    [InlineData("1955", "1956", false)]
    public void AgreesWith_ComparesStatedParts(string a, string b, bool expected)
    {
        PartialDate.TryParseIso(a, out var x);
        PartialDate.TryParseIso(b, out var y);
        Assert.Equal(expected, x.AgreesWith(y));
        Assert.Equal(expected, y.AgreesWith(x));
    }

    [Fact]
    public void IsDayMonthSwapOf_SwappedParts_True() =>
        Assert.True(new PartialDate(1956, 7, 3).IsDayMonthSwapOf(new PartialDate(1956, 3, 7)));
}
