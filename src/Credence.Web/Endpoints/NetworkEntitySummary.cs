using Credence.Core.Networks;

namespace Credence.Web.Endpoints;

/// <summary>An entity of the graph in a search result.</summary>
public sealed record NetworkEntitySummary(string Id, string Name, string Schema, bool Listed, IReadOnlyList<string> Authorities)
{
    public static NetworkEntitySummary From(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new(node.Id, node.Name, node.Schema, node.Listings.Count > 0, node.AuthoritiesAt(null));
    }
}
