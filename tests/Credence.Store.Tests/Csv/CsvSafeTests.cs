using Credence.Store.Csv;

namespace Credence.Store.Tests.Csv;

public sealed class CsvSafeTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Min Aung Hlaing", "Min Aung Hlaing")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_Cell_PrefixesFormulaStarts(string? value, string expected)
    {
        Assert.Equal(expected, CsvSafe.Escape(value));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("HLAING, Min Aung", "\"HLAING, Min Aung\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1,2", "\"'=1,2\"")]
    [InlineData("\rx", "\"'\rx\"")]
    public void Field_Cell_EscapesThenQuotes(string value, string expected)
    {
        Assert.Equal(expected, CsvSafe.Field(value));
    }

    [Fact]
    public void WriteRow_Values_JoinsFieldsAndEndsWithCrLf()
    {
        using var writer = new StringWriter();

        CsvSafe.WriteRow(writer, "", "=cmd", null, "a,b");

        Assert.Equal(",'=cmd,,\"a,b\"\r\n", writer.ToString());
    }
}
