using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Screening;

/// <summary>
/// Runs queued batch jobs one after another, off the request path. On start it queues again the jobs a previous run left
/// queued or running, which resume after their last stored row.
/// </summary>
public sealed class BatchWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly BatchQueue _queue;
    private readonly ILogger<BatchWorker> _logger;

    public BatchWorker(IServiceScopeFactory scopes, BatchQueue queue, ILogger<BatchWorker> logger)
    {
        _scopes = scopes;
        _queue = queue;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up goes on while the worker looks for unfinished jobs.
        await Task.Yield();
        try
        {
            await RequeueAsync(stoppingToken).ConfigureAwait(false);
            await foreach (var jobId in _queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                using var scope = _scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<BatchRunner>().RunAsync(jobId, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a running job stays "running" and resumes at the next start.
        }
    }

    private async Task RequeueAsync(CancellationToken cancellationToken)
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
        var unfinished = await db.BatchJobs
            .Where(j => j.Status == BatchJobStatus.Queued || j.Status == BatchJobStatus.Running)
            .OrderBy(j => j.Id)
            .Select(j => j.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var id in unfinished) _queue.Enqueue(id);
        if (unfinished.Count > 0) _logger.LogInformation("Resuming {Count} unfinished batch jobs", unfinished.Count);
    }
}
