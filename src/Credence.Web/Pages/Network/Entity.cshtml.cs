using Credence.Core.Networks;
using Credence.Web.Networks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Network;

/// <summary>One entity of the graph: its listings, its exposure per regime with the paths, and a picture of its links.</summary>
public sealed class EntityModel : PageModel
{
    private readonly NetworkProvider _network;
    private readonly TimeProvider _time;

    public EntityModel(NetworkProvider network, TimeProvider time)
    {
        _network = network;
        _time = time;
    }

    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Hops { get; set; } = 2;

    [BindProperty(SupportsGet = true, Name = "at")]
    public DateOnly? AtQuery { get; set; }

    /// <summary>Entities whose own links were added to the drawing by a click (at most 20).</summary>
    [BindProperty(SupportsGet = true, Name = "expand")]
    public List<string> Expand { get; set; } = [];

    public DateOnly At { get; private set; }

    public NetworkNode Node { get; private set; } = null!;

    public ExposureResult? Exposure { get; private set; }

    public NeighbourhoodResult? Neighbourhood { get; private set; }

    /// <summary>The SVG markup, built with encoded names by <see cref="NetworkSvg"/>.</summary>
    public string Svg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var state = await _network.GetAsync();
        var node = Id is null ? null : state.Graph.FindNode(Id);
        if (node is null) return NotFound();
        Node = node;
        Hops = Math.Clamp(Hops, 1, 4);
        At = AtQuery ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        Exposure = state.Exposure.Exposure(node.Id, At, cancellationToken);
        Neighbourhood = state.Graph.Neighbourhood(node.Id, new NeighbourhoodQuery { MaxHops = Hops, At = At, MaxNodes = 500 }, cancellationToken);
        Expand = [.. Expand.Where(state.Graph.Contains).Distinct(StringComparer.Ordinal).Take(20)];
        if (Neighbourhood is not null) Neighbourhood = ExpandBy(state.Graph, Neighbourhood, Expand, cancellationToken);
        if (Neighbourhood is not null)
        {
            var blocked = Neighbourhood.Nodes
                .Where(n => n.Node.Listings.Count == 0 && state.Exposure.Exposure(n.Node.Id, At, cancellationToken)?.Regimes.Any(r => r.Blocked) == true)
                .Select(n => n.Node.Id)
                .ToHashSet(StringComparer.Ordinal);
            Svg = NetworkSvg.Render(Neighbourhood, blocked, ExpandLink);
        }
        return Page();
    }

    /// <summary>This page with <paramref name="entityId"/>'s links added to the drawing.</summary>
    public string ExpandLink(string entityId)
    {
        var ids = Expand.Contains(entityId, StringComparer.Ordinal) ? Expand : [.. Expand, entityId];
        var query = string.Concat(ids.Select(e => "&expand=" + Uri.EscapeDataString(e)));
        return $"/network/entity?id={Uri.EscapeDataString(Node.Id)}&hops={Hops}&at={At:yyyy-MM-dd}{query}";
    }

    // Adds each expanded entity's direct links, one ring further out than the entity itself.
    private NeighbourhoodResult ExpandBy(NetworkGraph graph, NeighbourhoodResult start, IReadOnlyList<string> expand, CancellationToken cancellationToken)
    {
        var nodes = start.Nodes.ToDictionary(n => n.Node.Id, StringComparer.Ordinal);
        var edges = start.Edges.ToList();
        var seen = edges.Select(EdgeKey).ToHashSet(StringComparer.Ordinal);
        foreach (var id in expand)
        {
            if (!nodes.TryGetValue(id, out var from)) continue;
            var around = graph.Neighbourhood(id, new NeighbourhoodQuery { MaxHops = 1, At = At, MaxNodes = 200 }, cancellationToken);
            if (around is null) continue;
            foreach (var n in around.Nodes.Where(n => n.Distance == 1 && !nodes.ContainsKey(n.Node.Id)))
                nodes[n.Node.Id] = new NeighbourNode(n.Node, from.Distance + 1, n.Path);
            foreach (var edge in around.Edges.Where(e => seen.Add(EdgeKey(e)))) edges.Add(edge);
        }
        return start with { Nodes = [.. nodes.Values], Edges = edges };
    }

    private static string EdgeKey(NetworkEdge edge) => $"{edge.FromId}|{edge.ToId}|{edge.Type}|{edge.Id}";
}
