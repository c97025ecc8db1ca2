using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Credence.Bench.Web;

/// <summary>
/// N clients, each sending one screening after another for a fixed time and reading each whole answer; every latency is
/// kept. The request bodies are serialised once, before the clock starts: the load generator shares the server's cores, and
/// what it spends per request is taken from the server. Beside the wall-clock figures it reports the CPU time each process
/// spent per request: on a machine shared with other work, throughput follows the neighbours' load, CPU per request much less.
/// </summary>
internal static class LoadRun
{
    /// <summary>The request body for each name, as a client would send it.</summary>
    public static byte[][] Bodies(IReadOnlyList<string> names) =>
        [.. names.Select(name => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["name"] = name }))];

    public static async Task<LoadSample> RunAsync(Uri address, string key, byte[][] bodies, int clients, TimeSpan duration, Process server)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);

        var latencies = new List<double>[clients];
        var errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        server.Refresh();
        var serverCpu = server.TotalProcessorTime;
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(100_000);
            var i = c * 7919;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var body = bodies[i++ % bodies.Length];
                var t0 = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
                    using var response = await http.PostAsync("/api/screenings", content);
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
        server.Refresh();
        var serverSpent = server.TotalProcessorTime - serverCpu;
        var clientSpent = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
        return new LoadSample(clients, [.. latencies.SelectMany(l => l)], errors, elapsed, serverSpent, clientSpent);
    }

    /// <summary>The figures of one or more stretches of load at the same number of clients, taken together.</summary>
    public static LoadResult Summarize(IReadOnlyList<LoadSample> samples)
    {
        var all = samples.SelectMany(s => s.Latencies).Order().ToArray();
        var seconds = samples.Sum(s => s.Elapsed.TotalSeconds);
        var per = Math.Max(1, all.Length);
        return new LoadResult(
            samples[0].Clients, all.Length, samples.Sum(s => s.Errors), all.Length / seconds, Percentile(all, 0.50), Percentile(all, 0.99),
            samples.Sum(s => s.ServerCpu.TotalMilliseconds) / per, samples.Sum(s => s.ClientCpu.TotalMilliseconds) / per, LoadAverage());
    }

    // The one-minute load average (Linux); the machine is shared, and the figures mean little without it.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
