using System.Globalization;

namespace Credence.Core.Networks;

/// <summary>
/// Answers "how exposed is this entity to listed parties on this day?" per regime (OFAC 50% rule, EU and UK owned-or-controlled, or
/// any configured <see cref="RegimeRule"/>), with the chains that explain it, the effective economic ownership by listed parties, and
/// warnings for what the data leaves open. Works on the owners above the entity only, so a query on a large graph stays fast.
/// Thread-safe; create one per graph and options.
/// </summary>
public sealed partial class ExposureAnalyzer
{
    private readonly NetworkGraph _graph;
    private readonly ExposureOptions _options;
    private readonly HashSet<string>[] _regimeAuthorities;

    /// <exception cref="ArgumentException">The options are invalid (see <see cref="ExposureOptions.Validate"/>).</exception>
    public ExposureAnalyzer(NetworkGraph graph, ExposureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _options = options ?? new ExposureOptions();
        _options.Validate();
        _regimeAuthorities = new HashSet<string>[_options.Regimes.Count];
        for (var r = 0; r < _regimeAuthorities.Length; r++)
        {
            var name = _options.Regimes[r].Name;
            _regimeAuthorities[r] = _options.AuthorityRegimes
                .Where(kv => string.Equals(kv.Value, name, StringComparison.Ordinal))
                .Select(kv => kv.Key)
                .ToHashSet(StringComparer.Ordinal);
        }
    }

    public ExposureOptions Options => _options;

    /// <summary>
    /// The exposure of <paramref name="entityId"/> on <paramref name="at"/>: edges and listings count only when in force that day.
    /// Returns null when the id is not in the graph.
    /// </summary>
    public ExposureResult? Exposure(string entityId, DateOnly at, CancellationToken cancellationToken = default)
    {
        var target = _graph.IndexOf(entityId);
        if (target < 0) return null;
        var up = UpstreamGraph.Collect(_graph, target, at, _options.MinConfidence, _options.MaxUpstreamNodes, cancellationToken);
        var warnings = new WarningList(_options.MaxWarnings);
        if (up.Truncated)
        {
            warnings.Add(new NetworkWarning(NetworkWarningCodes.UpstreamTruncated, string.Create(CultureInfo.InvariantCulture,
                $"More than {_options.MaxUpstreamNodes} owners and controllers above {entityId}; only the nearest were used, so the results may understate."), entityId));
        }
        DataWarnings(up, warnings);

        var listedAny = new bool[up.Count];
        for (var i = 0; i < up.Count; i++) listedAny[i] = up.Node(i).IsListedAt(at);
        var effective = EffectiveOwnership(up, listedAny, warnings, cancellationToken);

        var regimes = new List<RegimeExposure>(_options.Regimes.Count);
        for (var r = 0; r < _options.Regimes.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            regimes.Add(EvaluateRegime(up, r, at, warnings));
        }
        return new ExposureResult(entityId, Math.Clamp(effective, 0, 1), regimes, warnings.ToList()) { At = at };
    }

    /// <summary>Missing percentages and holdings over 100%, for every entity above the queried one (nearest first).</summary>
    private static void DataWarnings(UpstreamGraph up, WarningList warnings)
    {
        for (var v = 0; v < up.Count; v++)
        {
            double total = 0;
            foreach (var le in up.In(v))
            {
                ref readonly var d = ref up.Edge(le);
                if (d.Type != EdgeType.Ownership) continue;
                var owner = up.Node(up.EdgeFrom[le]);
                var asset = up.Node(v);
                if (double.IsNaN(d.Percentage))
                {
                    warnings.Add(new NetworkWarning(NetworkWarningCodes.MissingPercentage,
                        $"Ownership of {asset.Name} ({asset.Id}) by {owner.Name} ({owner.Id}) states no percentage; it is not counted.", asset.Id));
                }
                else
                {
                    total += d.Percentage;
                }
            }
            if (total > 100 + 1e-6)
            {
                var asset = up.Node(v);
                warnings.Add(new NetworkWarning(NetworkWarningCodes.OverHundredPercent, string.Create(CultureInfo.InvariantCulture,
                    $"Ownership of {asset.Name} ({asset.Id}) in force adds up to {total:0.##}%; the sources disagree or overlap."), asset.Id));
            }
        }
    }

    /// <summary>
    /// Economic share held by listed parties: E(v) = sum over owners u of p(u,v) * (1 if u is listed, else E(u)). Listed owners absorb
    /// (their whole stake counts, nothing above them is added). Solved by Gauss-Seidel sweeps, farthest owners first so a chain
    /// settles in one sweep; cycles converge geometrically while each entity's owners hold at most 100%.
    /// </summary>
    private double EffectiveOwnership(UpstreamGraph up, bool[] listedAny, WarningList warnings, CancellationToken cancellationToken)
    {
        var value = new double[up.Count];
        var converged = false;
        for (var sweep = 0; sweep < _options.MaxIterations && !converged; sweep++)
        {
            if ((sweep & 15) == 0) cancellationToken.ThrowIfCancellationRequested();
            double change = 0;
            for (var v = up.Count - 1; v >= 0; v--)
            {
                double sum = 0;
                foreach (var le in up.In(v))
                {
                    ref readonly var d = ref up.Edge(le);
                    if (d.Type != EdgeType.Ownership || double.IsNaN(d.Percentage)) continue;
                    var u = up.EdgeFrom[le];
                    sum += d.Percentage / 100 * (listedAny[u] ? 1 : value[u]);
                }
                change = Math.Max(change, Math.Abs(sum - value[v]));
                value[v] = sum;
            }
            converged = change <= _options.Tolerance;
        }
        if (!converged)
        {
            var id = up.Node(0).Id;
            warnings.Add(new NetworkWarning(NetworkWarningCodes.NotConverged, string.Create(CultureInfo.InvariantCulture,
                $"Effective ownership of {id} did not settle after {_options.MaxIterations} sweeps (a cycle of holdings over 100%?); the value is capped at 1."), id));
        }
        return value[0];
    }

    /// <summary>Collects warnings up to a bound and counts the rest.</summary>
    private sealed class WarningList(int max)
    {
        private readonly List<NetworkWarning> _items = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private int _dropped;

        public void Add(NetworkWarning warning)
        {
            if (!_seen.Add(warning.Code + "\n" + warning.Message)) return;
            if (_items.Count < max) _items.Add(warning);
            else _dropped++;
        }

        public List<NetworkWarning> ToList()
        {
            var list = new List<NetworkWarning>(_items);
            if (_dropped > 0)
            {
                list.Add(new NetworkWarning(NetworkWarningCodes.MoreWarnings,
                    string.Create(CultureInfo.InvariantCulture, $"{_dropped} more warnings were not listed.")));
            }
            return list;
        }
    }
}
