using System.Diagnostics;
using System.Globalization;

namespace Credence.Bench.Networks;

/// <summary>Per-query latencies in milliseconds and their percentiles (nearest rank).</summary>
internal sealed class LatencyStats(string name)
{
    private readonly List<double> _ms = [];

    public string Name => name;

    public int Count => _ms.Count;

    public void Time(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        _ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Count} | {Percentile(50):0.000} | {Percentile(90):0.000} | {Percentile(99):0.000} | {_ms.Max():0.000} | {_ms.Average():0.000} |");
}
