using System.Globalization;
using System.Xml.Linq;
using Credence.Core.Networks;

namespace Credence.Web.Networks;

/// <summary>
/// Draws a neighbourhood as an SVG picture: the entity in the centre, its neighbours on rings by distance, links as lines
/// labelled with their type and share. Listed parties are drawn as squares and blocked ones with a thick border, so the
/// picture does not rely on colour alone; the table beside it carries the same facts for screen readers. Built with
/// XElement, so every name is encoded.
/// </summary>
public static class NetworkSvg
{
    private const double Size = 640;
    private const double Margin = 60;
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <param name="neighbourhood">The centre, the neighbours and the links between them.</param>
    /// <param name="blocked">Ids of entities a regime blocks without being listed themselves.</param>
    /// <param name="link">Where a click on an entity leads (its drawing expanded by that entity's own links).</param>
    public static string Render(NeighbourhoodResult neighbourhood, IReadOnlySet<string> blocked, Func<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(neighbourhood);
        ArgumentNullException.ThrowIfNull(blocked);
        ArgumentNullException.ThrowIfNull(link);
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal)
        {
            [neighbourhood.Center.Id] = (Size / 2, Size / 2),
        };
        // Rings are spaced to fit however far the drawing reaches (a click on a node adds its neighbours one ring further out).
        var rings = Math.Max(1, neighbourhood.Nodes.Select(n => n.Distance).DefaultIfEmpty(1).Max());
        var ringSpacing = ((Size / 2) - Margin) / rings;
        foreach (var ring in neighbourhood.Nodes.Where(n => n.Distance > 0).GroupBy(n => n.Distance))
        {
            var members = ring.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                // Each ring starts at a different angle so that labels of neighbouring rings do not line up.
                var angle = (2 * Math.PI * i / members.Count) + (ring.Key * 0.35);
                var radius = ring.Key * ringSpacing;
                positions[members[i].Node.Id] = ((Size / 2) + (radius * Math.Cos(angle)), (Size / 2) + (radius * Math.Sin(angle)));
            }
        }

        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {Size} {Size}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "network-title"),
            new XAttribute("class", "network"),
            new XElement(Svg + "title", new XAttribute("id", "network-title"),
                $"Links around {neighbourhood.Center.Name}: {neighbourhood.Nodes.Count - 1} entities within reach"));

        foreach (var edge in neighbourhood.Edges)
        {
            if (!positions.TryGetValue(edge.FromId, out var a) || !positions.TryGetValue(edge.ToId, out var b)) continue;
            var label = edge.Percentage is { } p ? $"{edge.Type} {p.ToString("0.##", CultureInfo.InvariantCulture)}%" : edge.Type.ToString();
            root.Add(new XElement(Svg + "g", new XAttribute("class", "edge " + edge.Type.ToString().ToLowerInvariant()),
                new XElement(Svg + "line", Attr("x1", a.X), Attr("y1", a.Y), Attr("x2", b.X), Attr("y2", b.Y), new XAttribute("marker-end", "url(#arrow)")),
                new XElement(Svg + "text", Attr("x", (a.X + b.X) / 2), Attr("y", ((a.Y + b.Y) / 2) - 4), new XAttribute("class", "edge-label"), label)));
        }
        root.AddFirst(new XElement(Svg + "defs",
            new XElement(Svg + "marker", new XAttribute("id", "arrow"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", "22"),
                new XAttribute("refY", "5"), new XAttribute("markerWidth", "6"), new XAttribute("markerHeight", "6"), new XAttribute("orient", "auto"),
                new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z")))));

        foreach (var neighbour in neighbourhood.Nodes)
        {
            var node = neighbour.Node;
            if (!positions.TryGetValue(node.Id, out var at)) continue;
            var listed = node.Listings.Count > 0;
            var state = listed ? "listed" : blocked.Contains(node.Id) ? "blocked" : "other";
            XElement shape = listed
                ? new XElement(Svg + "rect", Attr("x", at.X - 11), Attr("y", at.Y - 11), Attr("width", 22), Attr("height", 22))
                : new XElement(Svg + "circle", Attr("cx", at.X), Attr("cy", at.Y), Attr("r", 11));
            var title = $"{node.Name} ({node.Id}){(listed ? ", listed by " + string.Join(", ", node.AuthoritiesAt(null)) : state == "blocked" ? ", blocked by ownership or control" : "")}";
            root.Add(new XElement(Svg + "a", new XAttribute("href", link(node.Id)),
                new XElement(Svg + "g", new XAttribute("class", $"node {state}{(neighbour.Distance == 0 ? " centre" : "")}"),
                    new XElement(Svg + "title", title),
                    shape,
                    new XElement(Svg + "text", Attr("x", at.X), Attr("y", at.Y + 26), new XAttribute("text-anchor", "middle"), Shorten(node.Name)))));
        }
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XAttribute Attr(string name, double value) => new(name, value.ToString("0.#", CultureInfo.InvariantCulture));

    private static string Shorten(string name) => name.Length <= 28 ? name : name[..27] + "…";
}
