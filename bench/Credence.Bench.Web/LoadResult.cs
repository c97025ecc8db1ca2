namespace Credence.Bench.Web;

/// <summary>
/// One concurrency level's figures; <c>ServerCpuMs</c> and <c>ClientCpuMs</c> are the CPU time (user and system) the server
/// process and the load generator spent per request, in milliseconds; <c>LoadAverage</c> is the machine's one-minute load
/// average when the level ended.
/// </summary>
internal sealed record LoadResult(
    int Clients, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P99Ms, double ServerCpuMs, double ClientCpuMs,
    string LoadAverage);
