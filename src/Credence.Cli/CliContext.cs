using Credence.Cli.Output;
using Spectre.Console;

namespace Credence.Cli;

/// <summary>What every command needs from its host: the output streams, the clock and where the store is by default.</summary>
internal sealed class CliContext
{
    private IAnsiConsole? _outConsole;
    private IAnsiConsole? _errConsole;

    public required TextWriter Out { get; init; }

    public required TextWriter Err { get; init; }

    public required TimeProvider Time { get; init; }

    public required string DefaultDatabasePath { get; init; }

    /// <summary>True when stdout is a real terminal (not redirected, not a test's writer).</summary>
    public bool OutIsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>True when stderr is a real terminal: only then is a progress bar drawn.</summary>
    public bool ErrIsTerminal => ReferenceEquals(Err, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Tables and text for stdout; plain text without colour or escape codes when stdout is not a terminal.</summary>
    public IAnsiConsole OutConsole => _outConsole ??= Terminal.Create(Out, OutIsTerminal);

    /// <summary>The progress bar's console on stderr.</summary>
    public IAnsiConsole ErrConsole => _errConsole ??= Terminal.Create(Err, ErrIsTerminal);
}
