using System.Globalization;
using Credence.Core.Networks;

namespace Credence.Cli.Commands;

/// <summary>Checks the <c>network</c> commands' values; anything wrong is a <see cref="CliUsageException"/> of one line.</summary>
internal static class NetworkInputs
{
    /// <summary>The day given by --at, or today by the app's clock (local date) when it is not given.</summary>
    public static DateOnly Day(string? text, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(text)) return DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CliUsageException($"bad --at '{text}': use a date as YYYY-MM-DD, e.g. 2024-05-03");
    }

    /// <summary>A hop count checked against the bounds the graph queries accept.</summary>
    public static int Hops(int hops, int max) =>
        hops >= 1 && hops <= max ? hops : throw new CliUsageException($"bad --hops {hops}: use a number of links from 1 to {max}");

    /// <summary>
    /// The edge types named by --types: comma-separated <see cref="EdgeType"/> names in any case, snake_case allowed
    /// ("ownership,unknown_link"); null when none is given (every type).
    /// </summary>
    public static IReadOnlyCollection<EdgeType>? EdgeTypes(IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0) return null;
        var result = new HashSet<EdgeType>();
        foreach (var value in values)
        {
            foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var plain = part.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
                // Enum.TryParse also takes numbers ("3"), which are not type names.
                if (plain.Length == 0 || char.IsDigit(plain[0]) || !Enum.TryParse<EdgeType>(plain, ignoreCase: true, out var type))
                    throw new CliUsageException($"unknown --types '{part}': use {string.Join(", ", Enum.GetNames<EdgeType>())}");
                result.Add(type);
            }
        }
        return result.Count > 0 ? result : throw new CliUsageException("--types names no edge type: use a comma-separated list such as ownership,directorship");
    }

    /// <summary>The node with that id; an unknown id is bad input.</summary>
    public static NetworkNode Entity(NetworkGraph graph, string? id) =>
        string.IsNullOrWhiteSpace(id)
            ? throw new CliUsageException("give an entity id")
            : graph.FindNode(id) ?? throw new CliUsageException($"no entity '{id}' in the graph");
}
