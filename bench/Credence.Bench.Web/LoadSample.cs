namespace Credence.Bench.Web;

/// <summary>What one stretch of load measured: every latency (ms), the failures, and the CPU both processes spent.</summary>
internal sealed record LoadSample(int Clients, List<double> Latencies, int Errors, TimeSpan Elapsed, TimeSpan ServerCpu, TimeSpan ClientCpu);
