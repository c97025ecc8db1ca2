namespace Credence.Core.Networks;

public sealed partial class NetworkGraph
{
    /// <summary>
    /// All nodes within <see cref="NeighbourhoodQuery.MaxHops"/> of an entity along edges of the chosen types that hold on the chosen
    /// day, breadth first, each with one shortest path from the entity. Returns null when the id is not in the graph.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The query's bounds are out of range.</exception>
    public NeighbourhoodResult? Neighbourhood(string entityId, NeighbourhoodQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new NeighbourhoodQuery();
        query.Validate();
        var start = IndexOf(entityId);
        if (start < 0) return null;
        var mask = TypeMask(query.EdgeTypes);
        int? day = query.At?.DayNumber;

        // node -> (edge it was reached by, distance); the order list keeps breadth-first order for a stable result.
        var reached = new Dictionary<int, (int Edge, int Distance)> { [start] = (-1, 0) };
        var order = new List<int> { start };
        var truncated = false;
        var neighbours = new List<(int Node, int Edge)>();
        for (var head = 0; head < order.Count && !truncated; head++)
        {
            if ((head & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var node = order[head];
            var distance = reached[node].Distance;
            if (distance >= query.MaxHops) break;
            Neighbours(node, query.Direction, mask, day, query.MinConfidence, neighbours);
            foreach (var (next, edge) in neighbours)
            {
                if (reached.ContainsKey(next)) continue;
                if (order.Count > query.MaxNodes)
                {
                    truncated = true;
                    break;
                }
                reached.Add(next, (edge, distance + 1));
                order.Add(next);
            }
        }

        var nodes = new List<NeighbourNode>(order.Count - 1);
        for (var i = 1; i < order.Count; i++)
        {
            var node = order[i];
            nodes.Add(new NeighbourNode(_nodes[node], reached[node].Distance, new NetworkPath(WalkBack(node, reached))));
        }
        var members = new HashSet<int>(order);
        var edges = new List<NetworkEdge>();
        foreach (var node in order)
        {
            foreach (var e in OutEdges(node))
            {
                ref readonly var d = ref Edges[e];
                if (members.Contains(d.To) && Allowed(mask, d.Type) && IsUsable(e, day, query.MinConfidence)) edges.Add(ToEdge(e));
            }
        }
        return new NeighbourhoodResult { Center = _nodes[start], Nodes = nodes, Edges = edges, Truncated = truncated };
    }

    /// <summary>
    /// The shortest path between two entities along edges of the chosen types, walked in either direction, with its explanation.
    /// Returns null when either id is unknown or no path of at most <see cref="PathQuery.MaxHops"/> edges exists; a path with no
    /// steps when both ids are the same.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The query's bounds are out of range.</exception>
    public NetworkPath? ShortestPath(string fromId, string toId, PathQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new PathQuery();
        query.Validate();
        var from = IndexOf(fromId);
        var to = IndexOf(toId);
        if (from < 0 || to < 0) return null;
        if (from == to) return new NetworkPath([]) { Explanation = PathExplainer.Explain(this, _nodes[from], [], query.At) };
        var mask = TypeMask(query.EdgeTypes);
        int? day = query.At?.DayNumber;

        // Breadth first from both ends, one whole level at a time from the smaller side, until the two searches meet.
        var fromSide = new Dictionary<int, (int Edge, int Distance)> { [from] = (-1, 0) };
        var toSide = new Dictionary<int, (int Edge, int Distance)> { [to] = (-1, 0) };
        List<int> fromFrontier = [from], toFrontier = [to];
        var neighbours = new List<(int Node, int Edge)>();
        int meet = -1, best = int.MaxValue;
        for (var hops = 0; hops < query.MaxHops && meet < 0 && fromFrontier.Count > 0 && toFrontier.Count > 0; hops++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var forward = fromFrontier.Count <= toFrontier.Count;
            var (side, other) = forward ? (fromSide, toSide) : (toSide, fromSide);
            var next = new List<int>();
            // The whole level is expanded: two meeting nodes of one level can differ by one in total length.
            foreach (var node in forward ? fromFrontier : toFrontier)
            {
                var distance = side[node].Distance;
                Neighbours(node, TraversalDirection.Both, mask, day, query.MinConfidence, neighbours);
                foreach (var (n, edge) in neighbours)
                {
                    if (side.ContainsKey(n)) continue;
                    side.Add(n, (edge, distance + 1));
                    next.Add(n);
                    if (other.TryGetValue(n, out var o) && distance + 1 + o.Distance < best)
                    {
                        best = distance + 1 + o.Distance;
                        meet = n;
                    }
                }
            }
            if (forward) fromFrontier = next; else toFrontier = next;
        }
        if (meet < 0) return null;
        var steps = WalkBack(meet, fromSide);
        var tail = WalkBack(meet, toSide);
        for (var i = tail.Count - 1; i >= 0; i--) steps.Add(tail[i] with { Reversed = !tail[i].Reversed });
        if (steps.Count > query.MaxHops) return null;
        return new NetworkPath(steps) { Explanation = PathExplainer.Explain(this, _nodes[from], steps, query.At) };
    }

    /// <summary>The path in one sentence, naming each node and saying who lists the ones listed on <paramref name="at"/> (any date when null).</summary>
    /// <exception cref="ArgumentException">The path's first step does not start at <paramref name="startId"/>, or an id is unknown.</exception>
    public string Explain(string startId, NetworkPath path, DateOnly? at = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var start = IndexOf(startId);
        if (start < 0) throw new ArgumentException($"Unknown entity id '{startId}'.", nameof(startId));
        return PathExplainer.Explain(this, _nodes[start], path.Steps, at);
    }

    /// <summary>Fills <paramref name="result"/> with (neighbour, edge) for each usable edge of the node, outgoing first.</summary>
    private void Neighbours(int node, TraversalDirection direction, int mask, int? day, double minConfidence, List<(int Node, int Edge)> result)
    {
        result.Clear();
        if (direction != TraversalDirection.Incoming)
        {
            foreach (var e in OutEdges(node))
            {
                if (Allowed(mask, Edges[e].Type) && IsUsable(e, day, minConfidence)) result.Add((Edges[e].To, e));
            }
        }
        if (direction != TraversalDirection.Outgoing)
        {
            foreach (var e in InEdges(node))
            {
                if (Allowed(mask, Edges[e].Type) && IsUsable(e, day, minConfidence)) result.Add((Edges[e].From, e));
            }
        }
    }

    /// <summary>The steps from the search's root to <paramref name="node"/>, following the recorded edges back.</summary>
    private List<PathStep> WalkBack(int node, Dictionary<int, (int Edge, int Distance)> reached)
    {
        var steps = new List<PathStep>();
        var current = node;
        while (reached[current].Edge is var e && e >= 0)
        {
            ref readonly var d = ref Edges[e];
            var reversed = d.From == current;
            steps.Add(new PathStep(_nodes[d.From].Id, _nodes[d.To].Id, d.Type)
            {
                Percentage = double.IsNaN(d.Percentage) ? null : d.Percentage,
                Role = StringAt(d.Role),
                Reversed = reversed,
            });
            current = reversed ? d.To : d.From;
        }
        steps.Reverse();
        return steps;
    }

    internal static int TypeMask(IReadOnlyCollection<EdgeType>? types)
    {
        if (types is null) return -1;
        var mask = 0;
        foreach (var t in types) mask |= 1 << (int)t;
        return mask;
    }

    internal static bool Allowed(int mask, EdgeType type) => (mask & (1 << (int)type)) != 0;
}
