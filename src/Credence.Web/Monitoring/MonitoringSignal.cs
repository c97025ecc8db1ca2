namespace Credence.Web.Monitoring;

/// <summary>Wakes the monitoring service as soon as a list update activated a snapshot, rather than at its next poll.</summary>
public sealed class MonitoringSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Asks monitoring to look for new snapshots now; several calls before it wakes count as one.</summary>
    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every snapshot activated so far.
        }
    }

    /// <summary>Waits for <see cref="Wake"/> or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
