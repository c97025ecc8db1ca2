using Credence.Store.Data;
using Credence.Store.Monitoring;

namespace Credence.Web.Monitoring;

/// <summary>
/// Re-screens monitored subjects when a list snapshot becomes active: woken by this server's updates, and polling every
/// <see cref="PollInterval"/> so snapshots that the command line activated in the same store are picked up too. The work is
/// <see cref="MonitoringWorkflow.ProcessPendingAsync"/>; this is only its host, on one background thread.
/// </summary>
public sealed class MonitoringService : BackgroundService
{
    /// <summary>How often the store is checked without a wake-up: 10 seconds.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    private readonly IServiceScopeFactory _scopes;
    private readonly MonitoringSignal _signal;
    private readonly TimeProvider _time;
    private readonly ILogger<MonitoringService> _logger;

    public MonitoringService(IServiceScopeFactory scopes, MonitoringSignal signal, TimeProvider time, ILogger<MonitoringService> logger)
    {
        _scopes = scopes;
        _signal = signal;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host goes on starting while the first check runs.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = _scopes.CreateScope();
                var workflow = new MonitoringWorkflow(scope.ServiceProvider.GetRequiredService<CredenceDbContext>(), _time);
                foreach (var run in await workflow.ProcessPendingAsync(stoppingToken).ConfigureAwait(false))
                {
                    _logger.LogInformation(
                        "Monitoring: {Source} snapshot {Snapshot}: {Subjects} subjects against {Entities} changed entities, {Alerts} new alerts",
                        run.Source, run.SnapshotId, run.Subjects, run.Entities, run.NewAlerts);
                }
                await _signal.WaitAsync(PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A locked or unavailable store must not end monitoring for good; try again at the next poll.
                _logger.LogError(ex, "Monitoring could not process new snapshots; it will try again");
                await Task.Delay(PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
