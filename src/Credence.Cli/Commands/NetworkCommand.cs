using System.CommandLine;
using System.Globalization;
using System.Text;
using Credence.Cli.Output;
using Credence.Core.Networks;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence network exposure|path|neighbours</c>: questions about the ownership and links around listed parties, answered on a
/// graph read from --graph files (or the built-in demo graph) for one day (--at, default today).
/// </summary>
internal static class NetworkCommand
{
    private const int DefaultPathHops = 6;
    private const int MaxPathHops = 20;

    public static Command Create(CliContext context) =>
        new("network", "Ownership, control and links around listed parties: exposure under the 50% rules, paths and neighbourhoods.")
        {
            ExposureCommand(context),
            PathCommand(context),
            NetworkNeighboursCommand.Create(context),
        };

    private static Command ExposureCommand(CliContext context)
    {
        var entity = new Argument<string>("ENTITY_ID") { Description = "The entity's id in the graph (e.g. demo-myanmar-brewery)." };
        var graph = NetworkOptions.Graph();
        var at = NetworkOptions.At();
        var json = CommonOptions.Json();
        var command = new Command(
            "exposure",
            "Whether listed parties own or control an entity, per regime (OFAC 50% rule, EU, UK), with the counted paths and the effective ownership.")
        {
            entity, graph, at, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var day = NetworkInputs.Day(parse.GetValue(at), context.Time);
            var network = await NetworkGraphSource.LoadAsync(context, parse.GetValue(graph), cancellationToken).ConfigureAwait(false);
            var node = NetworkInputs.Entity(network, parse.GetValue(entity));
            var result = new ExposureAnalyzer(network).Exposure(node.Id, day, cancellationToken)
                ?? throw new CliUsageException($"no entity '{node.Id}' in the graph");
            if (parse.GetValue(json)) CliJson.Write(context.Out, result);
            else await context.Out.WriteAsync(ExposureText.Format(result, network)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command PathCommand(CliContext context)
    {
        var from = new Argument<string>("FROM_ID") { Description = "The id of the entity the path starts at." };
        var to = new Argument<string>("TO_ID") { Description = "The id of the entity the path ends at." };
        var graph = NetworkOptions.Graph();
        var at = NetworkOptions.At();
        var hops = new Option<int>("--hops")
        {
            Description = $"Longest path searched, in links, 1 to {MaxPathHops}.",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPathHops,
        };
        var json = CommonOptions.Json();
        var command = new Command(
            "path",
            "The shortest explained path between two entities over links of any kind. No path is an answer, not an error: exit code 0.")
        {
            from, to, graph, at, hops, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var day = NetworkInputs.Day(parse.GetValue(at), context.Time);
            var maxHops = NetworkInputs.Hops(parse.GetValue(hops), MaxPathHops);
            var network = await NetworkGraphSource.LoadAsync(context, parse.GetValue(graph), cancellationToken).ConfigureAwait(false);
            var start = NetworkInputs.Entity(network, parse.GetValue(from));
            var end = NetworkInputs.Entity(network, parse.GetValue(to));
            var path = network.ShortestPath(start.Id, end.Id, new PathQuery { At = day, MaxHops = maxHops }, cancellationToken);
            if (path is null)
            {
                var none = string.Create(CultureInfo.InvariantCulture,
                    $"No path of at most {maxHops} links between {Label(start)} and {Label(end)} on {day:yyyy-MM-dd}.");
                if (parse.GetValue(json))
                {
                    // null steps, not an empty list: an empty list is the path from an entity to itself.
                    CliJson.Write(context.Out, new { steps = (IReadOnlyList<PathStep>?)null });
                    await context.Err.WriteLineAsync("note: " + none).ConfigureAwait(false);
                }
                else
                {
                    await context.Out.WriteLineAsync(none).ConfigureAwait(false);
                }
                return ExitCodes.Success;
            }
            if (parse.GetValue(json)) CliJson.Write(context.Out, path);
            else await context.Out.WriteAsync(PathText(network, path)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The explanation sentence, then one line per step in the direction the source states it.</summary>
    private static string PathText(NetworkGraph graph, NetworkPath path)
    {
        var sb = new StringBuilder();
        sb.AppendLine(path.Explanation);
        if (path.Steps.Count == 0) return sb.ToString();
        sb.AppendLine("Steps:");
        for (var i = 0; i < path.Steps.Count; i++)
        {
            var step = path.Steps[i];
            sb.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {Label(graph, step.From)} -[{StepLabel(step.Type, step.Percentage, step.Role)}]-> {Label(graph, step.To)}");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>"Ownership 100%", "Associate: Linked To (OFAC remarks)".</summary>
    internal static string StepLabel(EdgeType type, double? percentage, string? role)
    {
        var label = type.ToString();
        if (percentage is { } p) label += " " + p.ToString("0.##", CultureInfo.InvariantCulture) + "%";
        if (!string.IsNullOrWhiteSpace(role)) label += ": " + role.ReplaceLineEndings(" ");
        return label;
    }

    internal static string Label(NetworkNode node) =>
        string.Equals(node.Name, node.Id, StringComparison.Ordinal) ? node.Id : $"{node.Name} ({node.Id})";

    internal static string Label(NetworkGraph graph, string id) => graph.FindNode(id) is { } node ? Label(node) : id;
}
