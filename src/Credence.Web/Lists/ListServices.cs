using Credence.Store.Lists;
using Microsoft.Extensions.Options;

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

        services.AddHttpClient(ListUpdateService.HttpClientName, client =>
            {
                // The pipeline and the workflow's download timeout bound every request; HttpClient's own 100 s would cut large files.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(DownloadPipeline.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
            .AddResilienceHandler("lists", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ListUpdateOptions>>().Value;
                DownloadPipeline.Configure(pipeline, options.TotalTimeout, options.Retries, options.RetryDelay, options.AttemptTimeout);
            });

        services.AddSingleton<ListUpdateService>();
        services.AddHostedService(sp => sp.GetRequiredService<ListUpdateService>());
        return services;
    }
}
