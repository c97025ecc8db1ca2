using Credence.Core.Entities;
using Credence.Lists.Eu;

namespace Credence.Lists.Tests.Eu;

public sealed class EuDatesTests
{
    [Theory]
    [InlineData("1924-02-21", "1924-02-21")]
    [InlineData("1956-07", "1956-07")]
    [InlineData("1956", "1956")]
    [InlineData(" 1963 (approximative) ", "1963")]
    [InlineData("1963-04-05 (approximative)", "1963")]
    [InlineData("1958 - 1963 (approximative)", "1958,1959,1960,1961,1962,1963")]
    [InlineData("1958-1960", "1958,1959,1960")]
    public void TryParseLegacyBirth_KnownForms_ReturnsTheirDates(string text, string expected)
    {
        Assert.True(EuDates.TryParseLegacyBirth(text, out var dates, out var shortened));

        Assert.Equal(expected, string.Join(',', dates));
        Assert.False(shortened);
    }

    [Theory]
    [InlineData("around 1970")]
    [InlineData("1980-02-30")]
    [InlineData("1980-13")]
    [InlineData("1963 - 1958")]
    [InlineData("21/02/1924")]
    [InlineData("")]
    public void TryParseLegacyBirth_UnknownOrImpossible_ReturnsFalse(string text)
    {
        Assert.False(EuDates.TryParseLegacyBirth(text, out _, out _));
    }

    [Fact]
    public void TryParseLegacyBirth_SpanOverTenYears_KeepsItsEnds()
    {
        Assert.True(EuDates.TryParseLegacyBirth("1940 - 1960", out var dates, out var shortened));

        Assert.True(shortened);
        Assert.Equal([new PartialDate(1940), new PartialDate(1960)], dates);
    }

    [Theory]
    [InlineData("2018-12-21T14:39:54.511+01:00", "2018-12-21")]
    [InlineData("2025-06-02", "2025-06-02")]
    [InlineData("2025-06-02T23:59:59-11:00", "2025-06-02")]
    [InlineData("02/06/2025", null)]
    [InlineData("", null)]
    public void ParseGenerationDate_KeepsThePublishersCalendarDay(string text, string? expected)
    {
        Assert.Equal(expected, EuDates.ParseGenerationDate(text)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
