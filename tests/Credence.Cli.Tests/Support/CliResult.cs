namespace Credence.Cli.Tests.Support;

/// <summary>What one in-process run of <c>credence</c> did.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}
