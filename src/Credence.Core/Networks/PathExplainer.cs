using System.Globalization;
using System.Text;

namespace Credence.Core.Networks;

/// <summary>Writes a path as one English sentence: "X is a director of Y, which is 60% owned by Z, listed by EU, US and UK."</summary>
internal static class PathExplainer
{
    // Display order for the usual authorities; others follow in code order.
    private static readonly string[] KnownOrder = ["eu", "us", "gb", "un", "ca"];

    public static string Explain(NetworkGraph graph, NetworkNode start, IReadOnlyList<PathStep> steps, DateOnly? at)
    {
        var sb = new StringBuilder(start.Name);
        if (steps.Count == 0)
        {
            var listedBy = ListedBy(start, at);
            sb.Append(listedBy is null ? " (no path needed: same entity)." : $" is listed by {listedBy}.");
            return sb.ToString();
        }
        AppendListed(sb, start, at, last: false);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var nextId = step.Reversed ? step.From : step.To;
            var next = graph.FindNode(nextId);
            var nextName = next?.Name ?? nextId;
            sb.Append(i == 0 ? " " : ", which ");
            sb.Append(Phrase(step, nextName));
            if (next is not null) AppendListed(sb, next, at, last: i == steps.Count - 1);
        }
        sb.Append('.');
        return sb.ToString();
    }

    /// <summary>"EU, US and UK", or null when the node has no listing in force.</summary>
    public static string? ListedBy(NetworkNode node, DateOnly? at)
    {
        var codes = node.AuthoritiesAt(at);
        if (codes.Count == 0) return null;
        var ordered = codes
            .OrderBy(c => Array.IndexOf(KnownOrder, c) is var k && k >= 0 ? k : KnownOrder.Length)
            .ThenBy(c => c, StringComparer.Ordinal)
            .Select(AuthorityName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ordered.Count == 1 ? ordered[0] : string.Join(", ", ordered.Take(ordered.Count - 1)) + " and " + ordered[^1];
    }

    /// <summary>How people name an authority code: "us" is "US", "gb" is "UK", "" is "an unnamed list".</summary>
    public static string AuthorityName(string code) => code switch
    {
        "" => "an unnamed list",
        "gb" => "UK",
        "ca" => "Canada",
        _ => code.ToUpperInvariant(),
    };

    private static void AppendListed(StringBuilder sb, NetworkNode node, DateOnly? at, bool last)
    {
        if (ListedBy(node, at) is not { } listedBy) return;
        sb.Append(last ? $", listed by {listedBy}" : $" (listed by {listedBy})");
    }

    private static string Phrase(PathStep step, string other)
    {
        var role = string.IsNullOrWhiteSpace(step.Role) ? null : step.Role.Trim();
        var pct = step.Percentage is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%" : null;
        if (!step.Reversed)
        {
            return step.Type switch
            {
                EdgeType.Ownership => pct is null ? $"owns an unstated share of {other}" : $"owns {pct} of {other}",
                EdgeType.Directorship => role is null ? $"is a director of {other}" : $"is a director or officer ({role}) of {other}",
                EdgeType.Control => role is null ? $"controls {other}" : $"controls {other} ({role})",
                EdgeType.Membership => role is null ? $"is a member of {other}" : $"is a member ({role}) of {other}",
                EdgeType.Supplier => role is null ? $"supplies {other}" : $"supplies {role} to {other}",
                _ => Symmetric(step.Type, role, other),
            };
        }
        return step.Type switch
        {
            EdgeType.Ownership => pct is null ? $"is owned, in an unstated share, by {other}" : $"is {pct} owned by {other}",
            EdgeType.Directorship => role is null ? $"has {other} as a director" : $"has {other} as director or officer ({role})",
            EdgeType.Control => role is null ? $"is controlled by {other}" : $"is controlled by {other} ({role})",
            EdgeType.Membership => $"has {other} as a member",
            EdgeType.Supplier => role is null ? $"is supplied by {other}" : $"is supplied {role} by {other}",
            _ => Symmetric(step.Type, role, other),
        };
    }

    private static string Symmetric(EdgeType type, string? role, string other) => type switch
    {
        EdgeType.Family => role is null ? $"is a relative of {other}" : $"is a relative ({role}) of {other}",
        EdgeType.Associate => role is null ? $"is an associate of {other}" : $"is an associate ({role}) of {other}",
        _ => role is null ? $"is linked to {other}" : $"is linked ({role}) to {other}",
    };
}
