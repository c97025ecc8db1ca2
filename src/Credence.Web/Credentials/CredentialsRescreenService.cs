namespace Credence.Web.Credentials;

/// <summary>
/// Until a session closes, re-screens its delegates whenever the active list snapshots change: every
/// <see cref="PollInterval"/> it asks <see cref="CredentialsRescreener"/>, which does nothing when the snapshots are those
/// it last screened against. Polling (rather than sharing monitoring's wake-up signal) keeps monitoring's wake-ups its own,
/// and picks up snapshots the command line activated in the same store.
/// </summary>
public sealed class CredentialsRescreenService : BackgroundService
{
    /// <summary>How often the active snapshots are compared: 10 seconds.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    private readonly CredentialsRescreener _rescreener;
    private readonly TimeProvider _time;
    private readonly ILogger<CredentialsRescreenService> _logger;

    public CredentialsRescreenService(CredentialsRescreener rescreener, TimeProvider time, ILogger<CredentialsRescreenService> logger)
    {
        _rescreener = rescreener;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PollInterval, _time, stoppingToken).ConfigureAwait(false);
                await _rescreener.RescreenIfChangedAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A busy or unavailable store must not end re-screening for good; the next poll tries again.
                _logger.LogError(ex, "Re-screening delegates after a list change failed; it will try again");
            }
        }
    }
}
