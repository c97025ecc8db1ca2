using System.CommandLine;
using System.Globalization;
using System.Text;
using Credence.Cli.Output;
using Credence.Core.Networks;

namespace Credence.Cli.Commands;

/// <summary><c>credence network neighbours</c>: every entity within N links of one entity, each with a shortest explained path.</summary>
internal static class NetworkNeighboursCommand
{
    private const int DefaultHops = 2;
    private const int MaxHops = 10;

    public static Command Create(CliContext context)
    {
        var entity = new Argument<string>("ENTITY_ID") { Description = "The entity's id in the graph (e.g. demo-mehl)." };
        var graph = NetworkOptions.Graph();
        var at = NetworkOptions.At();
        var hops = new Option<int>("--hops")
        {
            Description = $"Links walked from the entity, 1 to {MaxHops}.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultHops,
        };
        var types = new Option<string[]>("--types")
        {
            Description = "Link types to follow, comma-separated: " + string.Join(", ", Enum.GetNames<EdgeType>().Select(SnakeCase)) + " (default all).",
            HelpName = "TYPES",
            AllowMultipleArgumentsPerToken = true,
        };
        var json = CommonOptions.Json();
        var command = new Command("neighbours", "Every entity within N links of an entity, with one shortest explained path to each.")
        {
            entity, graph, at, hops, types, json,
        };
        command.Aliases.Add("neighbors");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var day = NetworkInputs.Day(parse.GetValue(at), context.Time);
            var maxHops = NetworkInputs.Hops(parse.GetValue(hops), MaxHops);
            var edgeTypes = NetworkInputs.EdgeTypes(parse.GetValue(types));
            var network = await NetworkGraphSource.LoadAsync(context, parse.GetValue(graph), cancellationToken).ConfigureAwait(false);
            var center = NetworkInputs.Entity(network, parse.GetValue(entity));
            var query = new NeighbourhoodQuery { MaxHops = maxHops, EdgeTypes = edgeTypes, At = day };
            var result = network.Neighbourhood(center.Id, query, cancellationToken)
                ?? throw new CliUsageException($"no entity '{center.Id}' in the graph");
            if (parse.GetValue(json)) CliJson.Write(context.Out, ToJson(network, result, day, maxHops));
            else await context.Out.WriteAsync(Text(network, result, day, maxHops, edgeTypes)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"UnknownLink" as "unknown_link", the way the edges CSV writes types.</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static NetworkNeighboursJson ToJson(NetworkGraph graph, NeighbourhoodResult result, DateOnly day, int hops) =>
        new(
            result.Center.Id,
            result.Center.Name,
            day,
            hops,
            result.Truncated,
            result.Nodes.Select(n => new NetworkNeighbourJson(
                n.Node.Id, n.Node.Name, n.Distance, n.Node.AuthoritiesAt(day), graph.Explain(result.Center.Id, n.Path, day), n.Path.Steps)).ToList(),
            result.Edges.Select(NetworkEdgeJson.Of).ToList());

    private static string Text(NetworkGraph graph, NeighbourhoodResult result, DateOnly day, int hops, IReadOnlyCollection<EdgeType>? types)
    {
        var inv = CultureInfo.InvariantCulture;
        var followed = types is null ? "links of any type" : string.Join(", ", types.Order().Select(t => t.ToString())) + " links";
        var sb = new StringBuilder();
        sb.Append(inv, $"{NetworkCommand.Label(result.Center)}: {result.Nodes.Count} entities within {hops} {(hops == 1 ? "link" : "links")} on {day:yyyy-MM-dd}, following {followed}.");
        sb.AppendLine();
        foreach (var neighbour in result.Nodes)
        {
            sb.Append(inv, $"  [{neighbour.Distance}] {NetworkCommand.Label(neighbour.Node)}").AppendLine();
            sb.Append("      ").AppendLine(graph.Explain(result.Center.Id, neighbour.Path, day));
        }
        if (result.Truncated)
            sb.AppendLine("The search stopped at its limit of entities before reaching every hop: use fewer --hops or narrower --types.");
        return sb.ToString();
    }
}
