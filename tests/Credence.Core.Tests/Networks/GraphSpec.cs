using System.Globalization;
using Credence.Core.Networks;

namespace Credence.Core.Tests.Networks;

/// <summary>
/// Builds small graphs from one line, so aggregation cases read as a table. Statements are separated by ';':
/// "X:us,eu,gb" lists X (add "until YYYY-MM-DD" to end the listing); "X>T 60" X owns 60% of T ("?" for no percentage; add
/// "until YYYY-MM-DD" or "from YYYY-MM-DD"); "X=>T" X controls T (a role may follow).
/// </summary>
internal static class GraphSpec
{
    public static NetworkGraph Build(string spec)
    {
        var builder = new NetworkGraphBuilder();
        foreach (var raw in spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var head = words[0];
            var (from, until) = Dates(words);
            if (head.Contains("=>", StringComparison.Ordinal))
            {
                var ends = head.Split("=>");
                Node(builder, ends[0]);
                Node(builder, ends[1]);
                builder.AddEdge(new NetworkEdge(ends[0], ends[1], EdgeType.Control) { Role = words.Length > 1 && words[1] is not ("until" or "from") ? words[1] : null, Start = from, End = until });
            }
            else if (head.Contains('>', StringComparison.Ordinal))
            {
                var ends = head.Split('>');
                Node(builder, ends[0]);
                Node(builder, ends[1]);
                double? pct = words[1] == "?" ? null : double.Parse(words[1], CultureInfo.InvariantCulture);
                builder.AddEdge(new NetworkEdge(ends[0], ends[1], EdgeType.Ownership) { Percentage = pct, Start = from, End = until });
            }
            else
            {
                var parts = head.Split(':');
                Node(builder, parts[0]);
                foreach (var authority in parts[1].Split(','))
                    builder.AddListing(parts[0], new NodeListing(authority, "TEST", Start: from, End: until));
            }
        }
        Node(builder, "T");
        return builder.Build();
    }

    private static void Node(NetworkGraphBuilder builder, string id) =>
        builder.AddNode(new NetworkNode { Id = id, Name = "Entity " + id, Schema = "Company" });

    private static (DateOnly? From, DateOnly? Until) Dates(string[] words)
    {
        DateOnly? from = null, until = null;
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (words[i] == "from") from = DateOnly.ParseExact(words[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (words[i] == "until") until = DateOnly.ParseExact(words[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return (from, until);
    }
}
