using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Credence.Cli.Update;

/// <summary>
/// The HTTP client of <c>lists update</c>: a total timeout around retries with exponential backoff and jitter around a
/// per-attempt timeout (Microsoft.Extensions.Http.Resilience). Transient failures (5xx, 408, 429, network errors, attempt
/// timeouts) are retried; a 404 is not.
/// </summary>
internal static class DownloadClient
{
    /// <remarks>Timeouts and backoff run on the real clock: the app's injected clock stamps records, it does not pace the network.</remarks>
    public static HttpClient Create(UpdateConfig config)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = config.TotalTimeout });
        if (config.Retries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = config.Retries,
                Delay = config.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = config.AttemptTimeout });

        var handler = new ResilienceHandler(builder.Build())
        {
            InnerHandler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All },
        };
        // The client owns the handler chain and disposes it.
        var client = new HttpClient(handler, disposeHandler: true)
        {
            // The resilience pipeline and the workflow's download timeout bound every request; HttpClient's own 100 s would cut large files.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("credence/1.0 (+sanctions list update)");
        return client;
    }
}
