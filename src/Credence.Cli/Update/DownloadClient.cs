using System.Net;
using Credence.Store.Lists;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Credence.Cli.Update;

/// <summary>
/// The HTTP client of <c>lists update</c>, with the download pipeline the server uses too (<see cref="DownloadPipeline"/>).
/// </summary>
internal static class DownloadClient
{
    public static HttpClient Create(UpdateConfig config)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        DownloadPipeline.Configure(builder, config.TotalTimeout, config.Retries, config.RetryDelay, config.AttemptTimeout);

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
        client.DefaultRequestHeaders.UserAgent.ParseAdd(DownloadPipeline.UserAgent);
        return client;
    }
}
