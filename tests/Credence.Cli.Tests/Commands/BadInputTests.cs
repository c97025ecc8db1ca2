using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests.Commands;

/// <summary>Every kind of bad input is one line on stderr, nothing on stdout, and exit code 1, before any list is loaded.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("bad --dob '1956-13'", "screen", "Min Aung Hlaing", "--dob", "1956-13")]
    [InlineData("bad --dob '03/07/1956'", "screen", "Min Aung Hlaing", "--dob", "03/07/1956")]
    [InlineData("bad --threshold '1.5'", "screen", "Min Aung Hlaing", "--threshold", "1.5")]
    [InlineData("bad --threshold '-0.1'", "screen", "Min Aung Hlaing", "--threshold", "-0.1")]
    [InlineData("bad --threshold 'high'", "screen", "Min Aung Hlaing", "--threshold", "high")]
    [InlineData("bad --threshold 'NaN'", "compare", "a", "b", "--threshold", "NaN")]
    [InlineData("unknown --schema 'Ship'", "screen", "Min Aung Hlaing", "--schema", "Ship")]
    [InlineData("unknown --country 'Atlantis'", "screen", "Min Aung Hlaing", "--country", "Atlantis")]
    [InlineData("bad --limit 0", "screen", "Min Aung Hlaing", "--limit", "0")]
    [InlineData("file not found: no-such-list.xml", "screen", "Min Aung Hlaing", "--lists", "no-such-list.xml")]
    [InlineData("give a NAME", "screen")]
    [InlineData("--input and --output go together", "screen", "--input", "q.csv")]
    [InlineData("file not found: missing.csv", "screen", "--input", "missing.csv", "--output", "out.csv")]
    [InlineData("give two names", "compare", "only one")]
    [InlineData("--pairs and --output go together", "compare", "--pairs", "p.csv")]
    [InlineData("file not found: missing.csv", "compare", "--pairs", "missing.csv", "--output", "out.csv")]
    [InlineData("file not found: nothing-here.csv", "lists", "import", "nothing-here.csv")]
    [InlineData("unknown --source 'nowhere'", "lists", "update", "--source", "nowhere")]
    [InlineData("source 'custom' has no URL", "lists", "update", "--source", "custom")]
    [InlineData("file not found: no-config.json", "lists", "update", "--config", "no-config.json")]
    public async Task Command_BadInput_OneLineExitOne(string expected, params string[] args)
    {
        var result = await _sandbox.RunAsync(args);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_InputWithoutNameColumn_SaysWhichColumnsItHas()
    {
        var input = _sandbox.Write("q.csv", "full_name,dob\nMin Aung Hlaing,1956\n");

        var result = await _sandbox.RunAsync("screen", "--input", input, "--output", _sandbox.PathOf("out.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has no 'name' column (its header is: full_name,dob)", result.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.PathOf("out.csv")));
    }

    [Fact]
    public async Task Screen_DatabaseThatIsNotAStore_OneLineExitOne()
    {
        var notADatabase = _sandbox.Write("notes.db", new string('x', 4096));

        var result = await _sandbox.RunAsync("lists", "status", "--db", notADatabase);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cannot open the store", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ConfigWithBadUrl_OneLineExitOne()
    {
        var config = _sandbox.Write("c.json", """{ "sources": { "un-sc": "ftp://example.invalid/list.xml" } }""");

        var result = await _sandbox.RunAsync("lists", "update", "--config", config, "--source", "un-sc");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("needs an http(s) URL", result.Err, StringComparison.Ordinal);
    }
}
