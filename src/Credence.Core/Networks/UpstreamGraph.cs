namespace Credence.Core.Networks;

/// <summary>
/// The owners and controllers above one entity on one day: every node from which an ownership or control edge in force leads to it,
/// with those edges in local compressed adjacency. Closed under "owners of", so rules evaluated on it are exact unless truncated.
/// </summary>
internal sealed class UpstreamGraph
{
    private readonly int[] _outStart;
    private readonly int[] _outEdges;
    private readonly int[] _inStart;
    private readonly int[] _inEdges;

    private UpstreamGraph(NetworkGraph graph, List<int> nodes, List<(int From, int To, int Edge)> edges, bool truncated)
    {
        Graph = graph;
        Nodes = nodes;
        Truncated = truncated;
        EdgeFrom = new int[edges.Count];
        EdgeTo = new int[edges.Count];
        EdgeIndex = new int[edges.Count];
        for (var i = 0; i < edges.Count; i++) (EdgeFrom[i], EdgeTo[i], EdgeIndex[i]) = edges[i];
        (_outStart, _outEdges) = Adjacency(nodes.Count, EdgeFrom);
        (_inStart, _inEdges) = Adjacency(nodes.Count, EdgeTo);
    }

    public NetworkGraph Graph { get; }

    /// <summary>Global node index of each local node; local 0 is the entity queried, then breadth-first upwards.</summary>
    public List<int> Nodes { get; }

    public int Count => Nodes.Count;

    public bool Truncated { get; }

    /// <summary>Local index of each local edge's owner or controller.</summary>
    public int[] EdgeFrom { get; }

    /// <summary>Local index of each local edge's owned or controlled node.</summary>
    public int[] EdgeTo { get; }

    /// <summary>Global edge index of each local edge.</summary>
    public int[] EdgeIndex { get; }

    /// <summary>Local edges leaving a local node.</summary>
    public ReadOnlySpan<int> Out(int local) => _outEdges.AsSpan(_outStart[local], _outStart[local + 1] - _outStart[local]);

    /// <summary>Local edges arriving at a local node.</summary>
    public ReadOnlySpan<int> In(int local) => _inEdges.AsSpan(_inStart[local], _inStart[local + 1] - _inStart[local]);

    public ref readonly EdgeData Edge(int localEdge) => ref Graph.Edges[EdgeIndex[localEdge]];

    public NetworkNode Node(int local) => Graph.NodeAt(Nodes[local]);

    /// <summary>Collects the upstream of <paramref name="target"/>; stops adding nodes at <paramref name="maxNodes"/>.</summary>
    public static UpstreamGraph Collect(NetworkGraph graph, int target, DateOnly at, double minConfidence, int maxNodes, CancellationToken cancellationToken)
    {
        var day = at.DayNumber;
        var local = new Dictionary<int, int> { [target] = 0 };
        var nodes = new List<int> { target };
        var edges = new List<(int, int, int)>();
        var truncated = false;
        for (var head = 0; head < nodes.Count; head++)
        {
            if ((head & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var node = nodes[head];
            foreach (var e in graph.InEdges(node))
            {
                ref readonly var d = ref graph.Edges[e];
                if (d.Type is not (EdgeType.Ownership or EdgeType.Control) || !graph.IsUsable(e, day, minConfidence)) continue;
                if (!local.TryGetValue(d.From, out var from))
                {
                    if (nodes.Count >= maxNodes)
                    {
                        truncated = true;
                        continue;
                    }
                    from = nodes.Count;
                    nodes.Add(d.From);
                    local.Add(d.From, from);
                }
                edges.Add((from, head, e));
            }
        }
        return new UpstreamGraph(graph, nodes, edges, truncated);
    }

    private static (int[] Start, int[] List) Adjacency(int count, int[] key)
    {
        var start = new int[count + 1];
        foreach (var k in key) start[k + 1]++;
        for (var i = 0; i < count; i++) start[i + 1] += start[i];
        var fill = start.AsSpan(0, count).ToArray();
        var list = new int[key.Length];
        for (var i = 0; i < key.Length; i++) list[fill[key[i]]++] = i;
        return (start, list);
    }
}
