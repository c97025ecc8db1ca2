using System.Globalization;

namespace Credence.Core.Networks;

public sealed partial class ExposureAnalyzer
{
    // Bounds the path search on dense owner graphs; the regime decision itself never depends on it.
    private const int MaxPathSearchSteps = 50_000;

    /// <summary>
    /// Applies one regime's rule on the upstream graph. With aggregation, every listed party seeds one propagation: an entity whose
    /// blocked owners reach the threshold (or, where control counts, that a blocked party controls) is blocked and passes its own
    /// holdings on in full; holdings of unblocked entities never count. This is the least fixed point, so cycles terminate and an
    /// entity is blocked only when a chain of blocked owners grounds it. Without aggregation, each listed party propagates alone:
    /// the entities it owns or controls form its group, and the entity is blocked when one group reaches the threshold.
    /// </summary>
    private RegimeExposure EvaluateRegime(UpstreamGraph up, int regime, DateOnly at, WarningList warnings)
    {
        var rule = _options.Regimes[regime];
        var listed = new bool[up.Count];
        for (var i = 0; i < up.Count; i++) listed[i] = IsListedUnder(up.Node(i), regime, at);

        var state = new Propagation(up.Count);
        var paths = new List<OwnershipPath>();
        var pathsCut = false;
        bool blocked;
        ExposureBasis basis;
        double aggregate;
        if (rule.AggregateOwners)
        {
            var seeds = Enumerable.Range(0, up.Count).Where(i => listed[i]);
            state.Run(up, rule, seeds);
            aggregate = state.Share[0];
            blocked = state.InGroup[0];
            basis = listed[0] ? ExposureBasis.Listed : state.Basis[0];
            pathsCut |= CollectPaths(up, rule, state.InGroup, u => listed[u], at, paths);
        }
        else
        {
            aggregate = 0;
            blocked = listed[0];
            basis = listed[0] ? ExposureBasis.Listed : ExposureBasis.None;
            for (var root = 1; root < up.Count; root++)
            {
                if (!listed[root]) continue;
                state.Run(up, rule, [root]);
                if (state.Share[0] <= 0 && !state.InGroup[0]) continue;
                aggregate = Math.Max(aggregate, state.Share[0]);
                if (state.InGroup[0] && !blocked)
                {
                    blocked = true;
                    basis = state.Basis[0];
                }
                var r = root;
                pathsCut |= CollectPaths(up, rule, state.InGroup, u => u == r, at, paths);
            }
        }

        var ordered = paths
            .OrderByDescending(p => p.Share ?? double.PositiveInfinity)
            .ThenBy(p => p.Steps.Count)
            .ToList();
        if (ordered.Count > _options.MaxPaths || pathsCut)
        {
            var id = up.Node(0).Id;
            warnings.Add(new NetworkWarning(NetworkWarningCodes.PathsTruncated, string.Create(CultureInfo.InvariantCulture,
                $"{rule.Name}: not every chain from listed parties to {id} is listed (at most {_options.MaxPaths}, each at most {_options.MaxPathLength} edges); the largest are shown."), id));
            ordered.RemoveRange(Math.Min(_options.MaxPaths, ordered.Count), ordered.Count - Math.Min(_options.MaxPaths, ordered.Count));
        }
        return new RegimeExposure(rule.Name, blocked, Math.Min(1, aggregate), ordered) { Basis = blocked ? basis : ExposureBasis.None };
    }

    private bool IsListedUnder(NetworkNode node, int regime, DateOnly at)
    {
        foreach (var listing in node.Listings)
        {
            if (listing.IsActiveAt(at) && _regimeAuthorities[regime].Contains(listing.Authority)) return true;
        }
        return false;
    }

    /// <summary>
    /// Chains that count under the rule: from a party where <paramref name="isRoot"/> holds, through counted (blocked or grouped)
    /// entities only, down to the queried entity. Depth-first upwards, never revisiting a node on the current chain.
    /// </summary>
    /// <returns>True when the search stopped early.</returns>
    private bool CollectPaths(UpstreamGraph up, RegimeRule rule, bool[] counted, Func<int, bool> isRoot, DateOnly at, List<OwnershipPath> paths)
    {
        var limit = _options.MaxPaths * 4 + 16;
        var onChain = new bool[up.Count];
        var chain = new List<int>();
        var budget = MaxPathSearchSteps;
        var cut = false;
        onChain[0] = true;
        Search(0, 1.0);
        return cut;

        void Search(int v, double? share)
        {
            foreach (var le in up.In(v))
            {
                if (paths.Count >= limit || --budget < 0)
                {
                    cut = true;
                    return;
                }
                var u = up.EdgeFrom[le];
                if (!counted[u] || onChain[u]) continue;
                ref readonly var d = ref up.Edge(le);
                double? next;
                if (d.Type == EdgeType.Ownership && !double.IsNaN(d.Percentage)) next = share * (d.Percentage / 100);
                else if (d.Type == EdgeType.Control && rule.ControlCounts) next = null;
                else continue;
                chain.Add(le);
                if (isRoot(u)) paths.Add(ToPath(up, chain, next, at));
                else if (chain.Count < _options.MaxPathLength)
                {
                    onChain[u] = true;
                    Search(u, next);
                    onChain[u] = false;
                }
                else
                {
                    cut = true;
                }
                chain.RemoveAt(chain.Count - 1);
            }
        }
    }

    /// <summary>A chain collected bottom-up, turned into steps from the listed party down to the entity.</summary>
    private OwnershipPath ToPath(UpstreamGraph up, List<int> chain, double? share, DateOnly at)
    {
        var steps = new OwnershipStep[chain.Count];
        var walk = new PathStep[chain.Count];
        for (var i = 0; i < chain.Count; i++)
        {
            var le = chain[chain.Count - 1 - i];
            ref readonly var d = ref up.Edge(le);
            var from = up.Node(up.EdgeFrom[le]).Id;
            var to = up.Node(up.EdgeTo[le]).Id;
            double? pct = double.IsNaN(d.Percentage) || d.Type != EdgeType.Ownership ? null : d.Percentage;
            steps[i] = new OwnershipStep(from, to, d.Type, pct);
            walk[i] = new PathStep(from, to, d.Type) { Percentage = pct, Role = _graph.StringAt(d.Role) };
        }
        var root = up.Node(up.EdgeFrom[chain[^1]]);
        return new OwnershipPath(share, steps) { Explanation = PathExplainer.Explain(_graph, root, walk, at) };
    }

    /// <summary>Reusable arrays for one propagation over an upstream graph; reset only where the last run wrote.</summary>
    private sealed class Propagation(int count)
    {
        private readonly List<int> _touched = [];

        public bool[] InGroup { get; } = new bool[count];

        public ExposureBasis[] Basis { get; } = new ExposureBasis[count];

        /// <summary>Share (fraction) held by the group's members, per node.</summary>
        public double[] Share { get; } = new double[count];

        public void Run(UpstreamGraph up, RegimeRule rule, IEnumerable<int> seeds)
        {
            foreach (var t in _touched)
            {
                InGroup[t] = false;
                Basis[t] = ExposureBasis.None;
                Share[t] = 0;
            }
            _touched.Clear();
            var queue = new Queue<int>();
            foreach (var s in seeds)
            {
                InGroup[s] = true;
                Basis[s] = ExposureBasis.Listed;
                _touched.Add(s);
                queue.Enqueue(s);
            }
            while (queue.TryDequeue(out var b))
            {
                foreach (var le in up.Out(b))
                {
                    var c = up.EdgeTo[le];
                    ref readonly var d = ref up.Edge(le);
                    if (d.Type == EdgeType.Ownership && !double.IsNaN(d.Percentage))
                    {
                        if (Share[c] == 0) _touched.Add(c);
                        Share[c] += d.Percentage / 100;
                        if (!InGroup[c] && rule.Reaches(Share[c])) Join(c, ExposureBasis.Ownership, queue);
                    }
                    else if (d.Type == EdgeType.Control && rule.ControlCounts && !InGroup[c])
                    {
                        _touched.Add(c);
                        Join(c, ExposureBasis.Control, queue);
                    }
                }
            }
        }

        private void Join(int node, ExposureBasis basis, Queue<int> queue)
        {
            InGroup[node] = true;
            Basis[node] = basis;
            queue.Enqueue(node);
        }
    }
}
