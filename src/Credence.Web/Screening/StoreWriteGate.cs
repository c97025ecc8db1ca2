namespace Credence.Web.Screening;

/// <summary>
/// Takes turns at writing screenings to the store. SQLite has one writer at a time, and a waiting writer retries on a timer,
/// so a batch that stores chunk after chunk could keep a single screening waiting for seconds. Writers queue here instead,
/// first come first served, so a single screening waits for at most the one chunk being stored.
/// </summary>
public sealed class StoreWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Runs <paramref name="write"/> when it is this caller's turn.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
