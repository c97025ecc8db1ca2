using System.Globalization;
using System.Text.Json;
using Credence.Cli.Tests.Batch;
using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests.Commands;

public sealed class CompareCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task Compare_ReorderedName_PrintsScoreMatchAndTokens()
    {
        var result = await _sandbox.RunAsync("compare", "HLAING, Min Aung", "Min Aung Hlaing");

        Assert.True(result.ExitCode == 0, result.ToString());
        var threshold = new Credence.Core.Matching.MatchingOptions().Threshold.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"a match at threshold {threshold}", result.Out, StringComparison.Ordinal);
        Assert.Contains("hlaing", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.Database));
    }

    [Fact]
    public async Task Compare_Json_GivesScoreMatchAndTokenAlignment()
    {
        var same = await _sandbox.RunAsync("compare", "HLAING, Min Aung", "Min Aung Hlaing", "--json", "--schema", "Person");
        var different = await _sandbox.RunAsync("compare", "Min Aung Hlaing", "Myanmar Economic Corporation", "--json");

        using var sameJson = JsonDocument.Parse(same.Out);
        using var differentJson = JsonDocument.Parse(different.Out);
        Assert.Equal(
            ["name1", "name2", "schema", "score", "threshold", "match", "tokens", "rules"],
            sameJson.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Person", sameJson.RootElement.GetProperty("schema").GetString());
        Assert.True(sameJson.RootElement.GetProperty("match").GetBoolean());
        Assert.False(differentJson.RootElement.GetProperty("match").GetBoolean());
        Assert.True(sameJson.RootElement.GetProperty("score").GetDouble() > differentJson.RootElement.GetProperty("score").GetDouble());
        Assert.Equal(3, sameJson.RootElement.GetProperty("tokens").GetArrayLength());
        Assert.Equal(0, sameJson.RootElement.GetProperty("rules").GetArrayLength());
    }

    [Fact]
    public async Task Compare_ARuleThatLowersTheScore_IsNamed()
    {
        var swapped = await _sandbox.RunAsync("compare", "Khalid bin Walid Al-Harbi", "Walid bin Khalid Al-Harbi", "--schema", "Person");
        Assert.Equal(0, swapped.ExitCode);
        Assert.Contains("Rule: the names either side of \"bin\" are swapped, father and son", swapped.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_Pairs_EchoesEveryColumnAndAddsScoreAndMatch()
    {
        var pairs = _sandbox.Write(
            "pairs.csv",
            "case,name1,name2,schema\n1,Min Aung Hlaing,\"HLAING, Min Aung\",Person\n2,Soe Win,Myanmar Economic Corporation,\n3,,Nobody,\n4,\"=HYPERLINK(\"\"x\"\")\",-Than Hlaing,\n5,Than Hlaing,Than Hlaing,Boat\n");

        var result = await _sandbox.RunAsync("compare", "--pairs", pairs, "--output", _sandbox.PathOf("scored.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("row 4: no name1; skipped", result.Err, StringComparison.Ordinal);
        Assert.Contains("row 6: unknown schema 'Boat'", result.Err, StringComparison.Ordinal);
        var rows = BatchScreeningTests.ReadCsv(_sandbox.PathOf("scored.csv"));
        Assert.Equal(["case", "name1", "name2", "schema", "score", "match"], rows[0]);
        Assert.Equal(["1", "2", "4"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal("HLAING, Min Aung", rows[1][2]);
        Assert.Equal("true", rows[1][5]);
        Assert.Equal("false", rows[2][5]);
        Assert.True(double.Parse(rows[1][4], CultureInfo.InvariantCulture) > double.Parse(rows[2][4], CultureInfo.InvariantCulture));
        Assert.Equal("'=HYPERLINK(\"x\")", rows[3][1]);
        Assert.Equal("'-Than Hlaing", rows[3][2]);
    }

    [Fact]
    public async Task Compare_Pairs_ThresholdDecidesMatch()
    {
        var pairs = _sandbox.Write("pairs.csv", "name1,name2\nSoe Win,SOE Hlaing Win\n");

        await _sandbox.RunAsync("compare", "--pairs", pairs, "--output", _sandbox.PathOf("loose.csv"), "--threshold", "0.1");
        await _sandbox.RunAsync("compare", "--pairs", pairs, "--output", _sandbox.PathOf("strict.csv"), "--threshold", "1");

        Assert.Equal("true", BatchScreeningTests.ReadCsv(_sandbox.PathOf("loose.csv"))[1][3]);
        Assert.Equal("false", BatchScreeningTests.ReadCsv(_sandbox.PathOf("strict.csv"))[1][3]);
    }
}
