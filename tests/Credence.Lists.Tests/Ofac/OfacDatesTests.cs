using Credence.Core.Entities;
using Credence.Lists.Ofac;

namespace Credence.Lists.Tests.Ofac;

public sealed class OfacDatesTests
{
    [Theory]
    [InlineData("03 Jul 1956", "1956-07-03")]
    [InlineData("3 July 1956.", "1956-07-03")]
    [InlineData("Jul 1956", "1956-07")]
    [InlineData("1956", "1956")]
    [InlineData("circa 1960", "1960")]
    [InlineData("1955 to 1957", "1955,1956,1957")]
    [InlineData("01 Jan 1961 to 31 Dec 1962", "1961,1962")]
    [InlineData("Mar 1962 to Feb 1963", "1962,1963")]
    [InlineData("1956-07-03", "1956-07-03")]
    public void TryParseBirthDates_OfacForms_GiveEachDate(string text, string expected)
    {
        Assert.True(OfacDates.TryParseBirthDates(text, out var dates));

        Assert.Equal(expected, string.Join(",", dates));
    }

    [Theory]
    [InlineData("")]
    [InlineData("31 Feb 1956")]
    [InlineData("circa 1979-1982")]
    [InlineData("1960 to 1950")]
    [InlineData("1900 to 1990")]
    [InlineData("sometime in the fifties")]
    [InlineData("03 Jux 1956")]
    [InlineData("56")]
    public void TryParseBirthDates_UnreadableText_ReturnsFalse(string text)
    {
        Assert.False(OfacDates.TryParseBirthDates(text, out var dates));
        Assert.Empty(dates);
    }

    [Theory]
    [InlineData("31 Oct 2023", 2023, 10, 31)]
    [InlineData("31 Oct 2023.", 2023, 10, 31)]
    public void ParseDay_FullDate_ReturnsIt(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), OfacDates.ParseDay(text));

    [Theory]
    [InlineData("Oct 2023")]
    [InlineData("2023")]
    [InlineData(null)]
    public void ParseDay_PartialDate_ReturnsNull(string? text) => Assert.Null(OfacDates.ParseDay(text));

    [Theory]
    [InlineData("03/28/2025", 2025, 3, 28)]
    [InlineData("5/3/2024", 2024, 5, 3)]
    public void ParsePublishDate_MonthFirst_ReturnsDate(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), OfacDates.ParsePublishDate(text));

    [Fact]
    public void ParsePublishDate_DayFirstThatCannotBeMonthFirst_ReturnsNull() => Assert.Null(OfacDates.ParsePublishDate("28/03/2025"));

    [Fact]
    public void TryParseBirthDates_CircaYear_IsYearOnly()
    {
        Assert.True(OfacDates.TryParseBirthDates("circa 1951", out var dates));

        Assert.Equal([new PartialDate(1951)], dates);
    }
}
