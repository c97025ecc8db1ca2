using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Credence.Web.Lists;

/// <summary>Wires list updates: settings, the download client with its resilience pipeline, and the update service.</summary>
public static class ListServices
{
    public static IServiceCollection AddCredenceLists(this IServiceCollection services)
    {
        services.AddOptions<ListUpdateOptions>()
            .BindConfiguration(ListUpdateOptions.Section)
            .Validate(o => o.Problems().Count == 0, "Credence:Lists has invalid settings (sources, URLs or timeouts).")
            .ValidateOnStart();

        // A total timeout around retries with exponential backoff and jitter around a per-attempt timeout. Transient failures
        // (5xx, 408, 429, network errors, attempt timeouts) are retried; a 404 is not. Timeouts run on the real clock.
        services.AddHttpClient(ListUpdateService.HttpClientName, client =>
            {
                // The pipeline and the workflow's download timeout bound every request; HttpClient's own 100 s would cut large files.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("credence/1.0 (+sanctions list update)");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
            .AddResilienceHandler("lists", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ListUpdateOptions>>().Value;
                pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.TotalTimeout });
                if (options.Retries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.Retries,
                        Delay = options.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                    });
                }
                pipeline.AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout });
            });

        services.AddSingleton<ListUpdateService>();
        services.AddHostedService(sp => sp.GetRequiredService<ListUpdateService>());
        return services;
    }
}
