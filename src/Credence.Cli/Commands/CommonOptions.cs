using System.CommandLine;

namespace Credence.Cli.Commands;

/// <summary>Options several commands share. Each call makes a new option, since an option belongs to one command.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = "The store: a SQLite file (default: credence/credence.db in your local application data folder), "
            + "or a PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...) or postgres:// URL.",
        HelpName = "STORE",
    };

    public static Option<string?> Schema() => new("--schema")
    {
        Description = "Person, Organization, Vessel, Aircraft or Any (default Any).",
        HelpName = "SCHEMA",
    };

    public static Option<bool> Json() => new("--json") { Description = "Write JSON to stdout instead of a table." };

    public static Option<string?> Threshold() => new("--threshold")
    {
        Description = "Minimum score for a hit, between 0 and 1 (default 0.70).",
        HelpName = "X",
    };
}
