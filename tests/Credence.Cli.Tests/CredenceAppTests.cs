using Credence.Cli.Tests.Support;

namespace Credence.Cli.Tests;

public sealed class CredenceAppTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task InvokeAsync_Help_ListsTheCommands()
    {
        var result = await _sandbox.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("screen", result.Out, StringComparison.Ordinal);
        Assert.Contains("compare", result.Out, StringComparison.Ordinal);
        Assert.Contains("lists", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("screen x --no-such-option")]
    [InlineData("screen x --limit many")]
    [InlineData("lists")]
    public async Task InvokeAsync_UnparsableArguments_OneLineAndExitOne(string commandLine)
    {
        var result = await _sandbox.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("credence: ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_UnexpectedError_OneLineAndExitTwo()
    {
        using var error = new StringWriter();

        var code = await new CredenceApp(_sandbox.Time, _sandbox.Database)
            .InvokeAsync(["compare", "Min Aung Hlaing", "Min Aung Hlaing"], new ThrowingWriter(), error);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unexpected error", line, StringComparison.Ordinal);
        Assert.Contains("Broken pipe", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_Cancelled_ExitsWithCancelledCode()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var list = _sandbox.Write("list.csv", "name\nSomeone\n");

        var code = await new CredenceApp(_sandbox.Time, _sandbox.Database).InvokeAsync(["lists", "import", list], output, error, cts.Token);

        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Contains("cancelled", error.ToString(), StringComparison.Ordinal);
    }
}
