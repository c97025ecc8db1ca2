namespace Credence.Core.Networks;

/// <summary>
/// An immutable network of parties and links, built once by <see cref="NetworkGraphBuilder"/>. Edges are kept in one compact array
/// with compressed adjacency (outgoing and incoming index arrays), so a graph of a million edges takes some tens of megabytes and
/// queries touch only the nodes they reach. Safe to query from many threads at once.
/// </summary>
public sealed partial class NetworkGraph
{
    private readonly NetworkNode[] _nodes;
    private readonly Dictionary<string, int> _index;
    private readonly string[] _strings;
    private readonly int[] _outStart;
    private readonly int[] _outEdges;
    private readonly int[] _inStart;
    private readonly int[] _inEdges;

    internal NetworkGraph(NetworkNode[] nodes, Dictionary<string, int> index, EdgeData[] edges, string[] strings)
    {
        _nodes = nodes;
        _index = index;
        Edges = edges;
        _strings = strings;
        (_outStart, _outEdges) = Adjacency(nodes.Length, edges, outgoing: true);
        (_inStart, _inEdges) = Adjacency(nodes.Length, edges, outgoing: false);
    }

    /// <summary>An empty graph.</summary>
    public static NetworkGraph Empty { get; } = new NetworkGraphBuilder().Build();

    public int NodeCount => _nodes.Length;

    public int EdgeCount => Edges.Length;

    /// <summary>All nodes, in the order they were first mentioned. Read-only.</summary>
    public IReadOnlyList<NetworkNode> Nodes => Array.AsReadOnly(_nodes);

    /// <summary>All edges, in the order they were added.</summary>
    public IEnumerable<NetworkEdge> AllEdges
    {
        get
        {
            for (var e = 0; e < Edges.Length; e++) yield return ToEdge(e);
        }
    }

    /// <summary>The compact edge array, shared with the analysers in this assembly.</summary>
    internal EdgeData[] Edges { get; }

    public bool Contains(string entityId) => _index.ContainsKey(entityId);

    /// <summary>The node with that id, or null.</summary>
    public NetworkNode? FindNode(string entityId) => _index.TryGetValue(entityId, out var i) ? _nodes[i] : null;

    /// <summary>The edges that touch a node in the given direction (all when <see cref="TraversalDirection.Both"/>); empty for an unknown id.</summary>
    public IReadOnlyList<NetworkEdge> EdgesOf(string entityId, TraversalDirection direction = TraversalDirection.Both)
    {
        if (!_index.TryGetValue(entityId, out var node)) return [];
        var result = new List<NetworkEdge>();
        if (direction != TraversalDirection.Incoming)
        {
            foreach (var e in OutEdges(node)) result.Add(ToEdge(e));
        }
        if (direction != TraversalDirection.Outgoing)
        {
            foreach (var e in InEdges(node))
            {
                // A self-loop is already in the outgoing half.
                if (direction == TraversalDirection.Both && Edges[e].From == node) continue;
                result.Add(ToEdge(e));
            }
        }
        return result;
    }

    internal int IndexOf(string entityId) => _index.TryGetValue(entityId, out var i) ? i : -1;

    internal NetworkNode NodeAt(int index) => _nodes[index];

    internal ReadOnlySpan<int> OutEdges(int node) => _outEdges.AsSpan(_outStart[node], _outStart[node + 1] - _outStart[node]);

    internal ReadOnlySpan<int> InEdges(int node) => _inEdges.AsSpan(_inStart[node], _inStart[node + 1] - _inStart[node]);

    internal string? StringAt(int index) => index < 0 ? null : _strings[index];

    internal NetworkEdge ToEdge(int e)
    {
        ref readonly var d = ref Edges[e];
        return new NetworkEdge(_nodes[d.From].Id, _nodes[d.To].Id, d.Type)
        {
            Id = d.Id,
            Percentage = double.IsNaN(d.Percentage) ? null : d.Percentage,
            Role = StringAt(d.Role),
            Start = d.Start == int.MinValue ? null : DateOnly.FromDayNumber(d.Start),
            End = d.End == int.MaxValue ? null : DateOnly.FromDayNumber(d.End),
            Source = StringAt(d.Source),
            Confidence = d.Confidence,
        };
    }

    /// <summary>True when the edge holds on the day (any day when <paramref name="day"/> is null) and is trusted enough.</summary>
    internal bool IsUsable(int e, int? day, double minConfidence)
    {
        ref readonly var d = ref Edges[e];
        if (d.Confidence < minConfidence) return false;
        return day is not { } n || (d.Start <= n && n <= d.End);
    }

    private static (int[] Start, int[] Edges) Adjacency(int nodeCount, EdgeData[] edges, bool outgoing)
    {
        var start = new int[nodeCount + 1];
        foreach (ref readonly var e in edges.AsSpan()) start[(outgoing ? e.From : e.To) + 1]++;
        for (var i = 0; i < nodeCount; i++) start[i + 1] += start[i];
        var fill = start.AsSpan(0, nodeCount).ToArray();
        var list = new int[edges.Length];
        for (var i = 0; i < edges.Length; i++)
        {
            var node = outgoing ? edges[i].From : edges[i].To;
            list[fill[node]++] = i;
        }
        return (start, list);
    }
}
