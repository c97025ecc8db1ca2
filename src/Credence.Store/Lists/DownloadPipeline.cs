using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Credence.Store.Lists;

/// <summary>
/// How list downloads are made patient, the same for the command line and the server: a total timeout around retries
/// with exponential backoff and jitter around a per-attempt timeout (Microsoft.Extensions.Http.Resilience). Transient
/// failures (5xx, 408, 429, network errors, attempt timeouts) are retried; a 404 is not. Timeouts run on the real clock:
/// the injected clock stamps records, it does not pace the network.
/// </summary>
public static class DownloadPipeline
{
    /// <summary>The User-Agent list downloads send.</summary>
    public const string UserAgent = "credence/1.0 (+sanctions list update)";

    /// <summary>Adds the strategies to <paramref name="pipeline"/>; no retry strategy when <paramref name="retries"/> is 0.</summary>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline, TimeSpan totalTimeout, int retries, TimeSpan retryDelay, TimeSpan attemptTimeout)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = totalTimeout });
        if (retries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                Delay = retryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }
        pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = attemptTimeout });
    }
}
