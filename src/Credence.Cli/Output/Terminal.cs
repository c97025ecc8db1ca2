using Spectre.Console;

namespace Credence.Cli.Output;

/// <summary>Makes Spectre consoles over any writer, so commands render the same to a terminal, a pipe or a test.</summary>
internal static class Terminal
{
    // Wide enough that a table of names is not wrapped into one word per line when written to a file or a pipe.
    private const int RedirectedWidth = 200;

    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!isTerminal) console.Profile.Width = RedirectedWidth;
        return console;
    }
}
