using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;

namespace Credence.Core.Networks;

/// <summary>
/// Finds "linked" hits: the subject's name is matched against the graph's entities that are on no list, and each one that
/// matches is kept when a regime blocks it through ownership or control (see <see cref="ExposureAnalyzer"/>), or when it
/// is one step from a listed party by family, association, office or membership. Thread-safe once built.
/// </summary>
public sealed class LinkedPartyFinder
{
    /// <summary>A linked hit scores its name score times this (0.9), below a direct hit of the same name.</summary>
    public const double ScoreFactor = 0.9;

    /// <summary>The source name linked hits' entities carry.</summary>
    public const string GraphSource = "network";

    private readonly NetworkGraph _graph;
    private readonly ExposureAnalyzer _exposure;
    private readonly ScreeningIndex _index;

    private LinkedPartyFinder(NetworkGraph graph, ExposureAnalyzer exposure, ScreeningIndex index)
    {
        _graph = graph;
        _exposure = exposure;
        _index = index;
    }

    /// <summary>The graph entities (unlisted ones) the finder matches names against.</summary>
    public int Count => _index.Count;

    /// <summary>Indexes the names of the unlisted entities of <paramref name="graph"/>.</summary>
    public static LinkedPartyFinder Build(NetworkGraph graph, NameNormalizer normalizer, MatchingOptions? matching = null, ExposureOptions? exposure = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(normalizer);
        var entities = graph.Nodes
            .Where(n => n.Listings.Count == 0 && !n.IsPlaceholder)
            .Select(ToEntity);
        return new LinkedPartyFinder(graph, new ExposureAnalyzer(graph, exposure), ScreeningIndex.Build(entities, normalizer, matching));
    }

    /// <summary>The linked hits for <paramref name="query"/> on <paramref name="at"/>, best first.</summary>
    /// <param name="query">The subject.</param>
    /// <param name="at">The day ownership, links and listings must be in force.</param>
    /// <param name="threshold">Minimum score of a linked hit (after scaling), in [0,1].</param>
    /// <param name="limit">Most hits returned.</param>
    public IReadOnlyList<LinkedHit> Find(ScreeningQuery query, DateOnly at, double threshold, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (_index.Count == 0) return [];
        // Names are matched at the threshold before scaling, then scaled: a linked hit needs the same name evidence as a direct one.
        var candidates = _index.Screen(query, new ScreenOptions { Threshold = threshold, Limit = limit * 2 });
        var hits = new List<LinkedHit>();
        foreach (var candidate in candidates)
        {
            var node = _graph.FindNode(candidate.Entity.SourceId);
            if (node is null) continue;
            var link = Explain(node, at);
            if (link is null) continue;
            var score = Math.Round(candidate.Score * ScoreFactor, 4);
            if (score < threshold * ScoreFactor) continue;
            hits.Add(new LinkedHit(node, candidate.Entity, score, candidate.Explanation, link.Value.Relation, link.Value.Regimes, link.Value.Listed, link.Value.Text));
        }
        return [.. hits.OrderByDescending(h => h.Score).Take(limit)];
    }

    private (string Relation, IReadOnlyList<string> Regimes, string Listed, string Text)? Explain(NetworkNode node, DateOnly at)
    {
        var exposure = _exposure.Exposure(node.Id, at);
        var blocked = exposure?.Regimes.Where(r => r.Blocked && r.Basis is ExposureBasis.Ownership or ExposureBasis.Control).ToList();
        if (blocked is { Count: > 0 })
        {
            var top = blocked.SelectMany(r => r.Paths).FirstOrDefault(p => p.Steps.Count > 0);
            var listed = top?.Steps[0].From ?? "";
            var text = top?.Explanation ?? $"{node.Name} is owned or controlled by listed parties";
            return ("owned or controlled", [.. blocked.Select(r => r.Regime)], listed, text);
        }

        foreach (var edge in _graph.EdgesOf(node.Id))
        {
            if (!edge.IsActiveAt(at)) continue;
            var relation = edge.Type switch
            {
                EdgeType.Family => "family",
                EdgeType.Associate => "associate",
                EdgeType.Directorship => "officer",
                EdgeType.Membership => "member",
                _ => null,
            };
            if (relation is null) continue;
            var otherId = string.Equals(edge.FromId, node.Id, StringComparison.Ordinal) ? edge.ToId : edge.FromId;
            var other = _graph.FindNode(otherId);
            if (other is null || !other.IsListedAt(at)) continue;
            var path = _graph.ShortestPath(node.Id, other.Id, new PathQuery { MaxHops = 1, At = at });
            var text = path is null ? $"{node.Name} is linked to {other.Name}" : _graph.Explain(node.Id, path, at);
            return (relation, other.AuthoritiesAt(at), other.Id, text);
        }
        return null;
    }

    // A graph node as an entity the screening index can hold: its names, identifiers and countries, nothing listed.
    private static SanctionEntity ToEntity(NetworkNode node) => new()
    {
        Source = GraphSource,
        SourceId = node.Id,
        Schema = node.Schema switch
        {
            "Person" => EntitySchema.Person,
            "Vessel" => EntitySchema.Vessel,
            "Airplane" => EntitySchema.Aircraft,
            "" => EntitySchema.Unknown,
            _ => EntitySchema.Organization,
        },
        Names = [new EntityName(node.Name), .. node.Aliases.Select(a => new EntityName(a, NameQuality.Strong, "alias"))],
        Identifiers = node.Identifiers,
        Countries = node.Countries,
        Raw = new RawRecordRef(GraphSource, node.Id),
    };
}
