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
        if (Neighbourhood is not null)
        {
            var blocked = Neighbourhood.Nodes
                .Where(n => n.Node.Listings.Count == 0 && state.Exposure.Exposure(n.Node.Id, At, cancellationToken)?.Regimes.Any(r => r.Blocked) == true)
                .Select(n => n.Node.Id)
                .ToHashSet(StringComparer.Ordinal);
            Svg = NetworkSvg.Render(Neighbourhood, blocked, id => "/network/entity?id=" + Uri.EscapeDataString(id));
        }
        return Page();
    }
}
