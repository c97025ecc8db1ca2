namespace Credence.Bench.Web;

/// <summary>One concurrency level's figures.</summary>
internal sealed record LoadResult(int Clients, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P99Ms);
