using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests.Network;

/// <summary>Bad input to the network commands is one line on stderr, nothing on stdout, and exit code 1.</summary>
public sealed class NetworkBadInputTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Theory]
    [InlineData("no entity 'nobody' in the graph", "exposure", "nobody")]
    [InlineData("no entity 'nobody' in the graph", "path", "p", "nobody")]
    [InlineData("no entity 'nobody' in the graph", "path", "nobody", "x")]
    [InlineData("no entity 'nobody' in the graph", "neighbours", "nobody")]
    [InlineData("bad --at '2026-02-30'", "exposure", "t", "--at", "2026-02-30")]
    [InlineData("bad --at '01/03/2026'", "exposure", "t", "--at", "01/03/2026")]
    [InlineData("bad --at '2026'", "path", "p", "x", "--at", "2026")]
    [InlineData("bad --at 'yesterday'", "neighbours", "x", "--at", "yesterday")]
    [InlineData("bad --hops 0", "neighbours", "x", "--hops", "0")]
    [InlineData("bad --hops 11", "neighbours", "x", "--hops", "11")]
    [InlineData("bad --hops 21", "path", "p", "x", "--hops", "21")]
    [InlineData("unknown --types 'shares'", "neighbours", "x", "--types", "ownership,shares")]
    [InlineData("unknown --types '3'", "neighbours", "x", "--types", "3")]
    [InlineData("Cannot parse argument 'two'", "neighbours", "x", "--hops", "two")]
    public async Task Network_BadInput_OneLineExitOne(string expected, string command, params string[] args)
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync(["network", command, .. args, "--graph", graph]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_MissingGraphFile_NamesItExitOne()
    {
        var graph = NetworkTestGraph.WriteTo(_sandbox);

        var result = await _sandbox.RunAsync("network", "exposure", "t", "--graph", graph, "missing.ftm.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("credence: file not found: missing.ftm.json", result.Err.Trim());
    }

    [Fact]
    public async Task Network_FileThatIsNotAGraph_OneLineNamingFileAndPlace()
    {
        var notAGraph = _sandbox.Write("notes.json", "hello, this is not JSON lines\n");

        var result = await _sandbox.RunAsync("network", "exposure", "t", "--graph", notAGraph);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("credence: notes.json line 1", line, StringComparison.Ordinal);
        Assert.Contains("Not FollowTheMoney JSON lines", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_UnknownIdInDemoGraph_SaysDemoThenTheError()
    {
        var result = await _sandbox.RunAsync("network", "exposure", "nobody");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("note: no --graph given", lines[0], StringComparison.Ordinal);
        Assert.Equal("credence: no entity 'nobody' in the graph", lines[1]);
    }

    [Fact]
    public async Task Network_NoSubcommand_ExitOne()
    {
        var result = await _sandbox.RunAsync("network");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("credence:", result.Err, StringComparison.Ordinal);
    }
}
