using System.CommandLine;

namespace Credence.Cli.Commands;

/// <summary>Options the <c>network</c> commands share. Each call makes a new option, since an option belongs to one command.</summary>
internal static class NetworkOptions
{
    public static Option<string[]> Graph() => new("--graph")
    {
        Description = "Graph files: FollowTheMoney JSON lines, or the edges CSV (*.csv). Default: the built-in demo graph.",
        HelpName = "PATH",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string?> At() => new("--at")
    {
        Description = "The day the answer holds for: only links and listings in force that day count (default today).",
        HelpName = "YYYY-MM-DD",
    };
}
