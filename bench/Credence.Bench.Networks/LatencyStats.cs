using System.Diagnostics;
using System.Globalization;

namespace Credence.Bench.Networks;

/// <summary>Per-query wall-clock and thread-CPU latencies in milliseconds, and their percentiles (nearest rank).</summary>
internal sealed class LatencyStats(string name)
{
    private readonly List<double> _wall = [];
    private readonly List<double> _cpu = [];

    public string Name => name;

    public int Count => _wall.Count;

    public void Time(Action action)
    {
        var cpu = ThreadCpuClock.NowMs();
        var start = Stopwatch.GetTimestamp();
        action();
        _wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        _cpu.Add(ThreadCpuClock.NowMs() - cpu);
    }

    public static string Header =>
        "| query | n | wall p50 ms | wall p90 ms | wall p99 ms | wall max ms | CPU p50 ms | CPU p99 ms | CPU max ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {Count} | {Percentile(_wall, 50):0.000} | {Percentile(_wall, 90):0.000} | {Percentile(_wall, 99):0.000} | {_wall.Max():0.000} | {Percentile(_cpu, 50):0.000} | {Percentile(_cpu, 99):0.000} | {_cpu.Max():0.000} |");

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
