using System.Diagnostics;
using System.Net.Http.Json;

namespace Credence.Bench.Web;

/// <summary>N clients, each sending one screening after another for a fixed time; every latency is kept.</summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(Uri address, string key, IReadOnlyList<string> names, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);

        var latencies = new List<double>[clients];
        var errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(100_000);
            var i = c * 7919;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var name = names[i++ % names.Count];
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/screenings", new { name });
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(clients, all.Length, errors, all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
