using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Credence.Store.Audit;
using Credence.Store.Data;
using Credence.Store.Lists;
using Credence.Web.Hosting;
using Credence.Web.Monitoring;
using Microsoft.Extensions.Options;

namespace Credence.Web.Lists;

/// <summary>
/// Runs list updates one at a time in the background: on the schedule (<see cref="ListUpdateOptions.UpdateInterval"/>, the
/// first one interval after start-up so a fresh installation does not reach out at once) and on demand
/// (<see cref="QueueAsync"/>). Each update goes through <see cref="ListUpdateWorkflow"/>; afterwards the screening index is
/// rebuilt and monitoring woken. Every request and outcome is audited.
/// </summary>
public sealed class ListUpdateService : BackgroundService
{
    /// <summary>The named HttpClient (with its resilience pipeline) downloads use.</summary>
    public const string HttpClientName = "credence-lists";

    // Scheduled updates are nobody's request.
    private const string SystemActor = "system";

    private readonly Channel<(IReadOnlyList<ListUpdateSource> Sources, string Actor)> _queue =
        Channel.CreateUnbounded<(IReadOnlyList<ListUpdateSource>, string)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly IHttpClientFactory _http;
    private readonly IOptions<ListUpdateOptions> _options;
    private readonly TimeProvider _time;
    private readonly CorpusProvider _corpus;
    private readonly MonitoringSignal _monitoring;
    private readonly ILogger<ListUpdateService> _logger;

    public ListUpdateService(
        IServiceScopeFactory scopes, IHttpClientFactory http, IOptions<ListUpdateOptions> options, TimeProvider time,
        CorpusProvider corpus, MonitoringSignal monitoring, ILogger<ListUpdateService> logger)
    {
        _scopes = scopes;
        _http = http;
        _options = options;
        _time = time;
        _corpus = corpus;
        _monitoring = monitoring;
        _logger = logger;
    }

    /// <summary>Source ids queued or being updated now, in order.</summary>
    public IReadOnlyList<string> Pending => [.. _pending.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Queues an update of <paramref name="sourceIds"/> (null or empty: every configured source) and audits the request.
    /// </summary>
    /// <returns>The sources queued, or the ids that are unknown or have no URL (then nothing is queued).</returns>
    public async Task<(IReadOnlyList<string> Queued, IReadOnlyList<string> Unknown)> QueueAsync(
        IReadOnlyList<string>? sourceIds, string actor, CancellationToken cancellationToken)
    {
        var configured = _options.Value.Resolve();
        var unknown = (sourceIds ?? []).Where(id => !configured.ContainsKey(id.Trim().ToLowerInvariant())).ToList();
        if (unknown.Count > 0) return ([], unknown);
        var sources = sourceIds is { Count: > 0 }
            ? [.. sourceIds.Select(id => id.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Select(id => configured[id])]
            : configured.Values.ToList();
        using (var scope = _scopes.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditLog>()
                .AppendAsync(actor, "lists.update-requested", null, string.Join(", ", sources.Select(s => s.SourceId)), cancellationToken)
                .ConfigureAwait(false);
        }
        foreach (var source in sources) _pending.TryAdd(source.SourceId, 0);
        await _queue.Writer.WriteAsync((sources, actor), cancellationToken).ConfigureAwait(false);
        return ([.. sources.Select(s => s.SourceId)], []);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = ScheduleAsync(stoppingToken);
        try
        {
            await foreach (var (sources, actor) in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunAsync(sources, actor, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        await schedule.ConfigureAwait(false);
    }

    private async Task ScheduleAsync(CancellationToken stoppingToken)
    {
        var interval = _options.Value.UpdateInterval;
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await QueueAsync(null, SystemActor, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunAsync(IReadOnlyList<ListUpdateSource> sources, string actor, CancellationToken stoppingToken)
    {
        var activated = false;
        foreach (var source in sources)
        {
            try
            {
                activated |= await UpdateAsync(source, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The workflow turns expected failures into outcomes; this is a bug or the store being unavailable.
                _logger.LogError(ex, "Updating {Source} failed unexpectedly", source.SourceId);
                await AuditAsync(actor, "lists.update-failed", source.SourceId, ex.GetBaseException().Message, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                _pending.TryRemove(source.SourceId, out _);
            }
        }
        if (!activated) return;
        await _corpus.RefreshNowAsync(stoppingToken).ConfigureAwait(false);
        _monitoring.Wake();

        async Task<bool> UpdateAsync(ListUpdateSource source, CancellationToken cancellationToken)
        {
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
            var workflow = new ListUpdateWorkflow(_http.CreateClient(HttpClientName), new ListImportWorkflow(db, _time))
            {
                DownloadTimeout = _options.Value.DownloadTimeout,
            };
            var outcome = await workflow.UpdateAsync(source, cancellationToken).ConfigureAwait(false);
            var snapshot = outcome.Import?.Lists.Select(l => l.Snapshot).LastOrDefault();
            if (outcome.Succeeded && snapshot is not null)
            {
                _logger.LogInformation("Updated {Source}: snapshot {Id}", source.SourceId, snapshot.Id);
                await AuditAsync(actor, "lists.updated", source.SourceId, string.Create(CultureInfo.InvariantCulture,
                    $"snapshot {snapshot.Id}: {snapshot.EntityCount} entities, +{snapshot.AddedCount} -{snapshot.RemovedCount} ~{snapshot.ChangedCount}, sha256 {snapshot.Sha256}"),
                    cancellationToken).ConfigureAwait(false);
                return true;
            }
            _logger.LogWarning("Update of {Source} failed: {Reason}", source.SourceId, outcome.FailureReason);
            await AuditAsync(actor, "lists.update-failed", source.SourceId, outcome.FailureReason, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    private async Task AuditAsync(string actor, string action, string source, string? details, CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .AppendAsync(actor, action, "list:" + source, details, cancellationToken).ConfigureAwait(false);
    }
}
