using Credence.Web.Endpoints;
using Credence.Web.Networks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Credence.Web.Pages.Network;

/// <summary>Search the network graph by name or id.</summary>
public sealed class IndexModel : PageModel
{
    private readonly NetworkProvider _network;

    public IndexModel(NetworkProvider network)
    {
        _network = network;
    }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<NetworkEntitySummary> Results { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Results = (await NetworkEndpoints.SearchAsync(_network, Query)).Value!;
    }
}
