using Credence.Core.Networks;
using Credence.Lists.Graph;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Credence.Web.Networks;

/// <summary>
/// The ownership and link graph the server answers network questions from, and the linked-party finder screening uses:
/// the demo list and demo network (when demo data is on) and the FollowTheMoney or edge-CSV files named in
/// <c>Credence:Networks:Graphs</c>. Built once, on first use.
/// </summary>
public sealed class NetworkProvider
{
    private readonly Lazy<Task<NetworkState>> _state;

    public NetworkProvider(IOptions<CredenceServerOptions> options, IConfiguration configuration, ILogger<NetworkProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var demo = options.Value.LoadDemoData;
        var files = configuration.GetSection("Credence:Networks:Graphs").Get<string[]>() ?? [];
        _state = new Lazy<Task<NetworkState>>(() => Task.Run(() => Build(demo, files, logger)));
    }

    /// <summary>The graph, its exposure analyser and the linked-party finder.</summary>
    public Task<NetworkState> GetAsync() => _state.Value;

    private static NetworkState Build(bool demo, string[] files, ILogger logger)
    {
        var builder = new NetworkGraphBuilder();
        if (demo) DemoNetwork.ReadInto(builder);
        foreach (var file in files)
        {
            try
            {
                using var stream = File.OpenRead(file);
                var result = GraphFileReader.Read(stream, Path.GetFileName(file), builder);
                if (result.Diagnostics.Count > 0)
                    logger.LogWarning("Graph file {File}: {Count} lines could not be read; the first: {First}", file, result.Diagnostics.Count, result.Diagnostics[0]);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Credence.Lists.Common.ListFormatException)
            {
                // One unreadable file does not take the others (or the server) down; the log says which and why.
                logger.LogError("Graph file {File} was not loaded: {Reason}", file, ex.Message);
            }
        }
        var graph = builder.Build();
        var finder = LinkedPartyFinder.Build(graph, ScreeningCorpus.CreateNormalizer());
        logger.LogInformation("Network graph: {Nodes} entities, {Edges} links", graph.NodeCount, graph.EdgeCount);
        return new NetworkState(graph, new ExposureAnalyzer(graph), finder);
    }
}
