using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Credence.Store.Batch;

/// <summary>
/// Runs a CPU-bound step over a stream of items on several workers and hands the results to a sink in input order. Channels
/// are bounded, so at most <c>capacity</c> items are in flight whatever the input size: a million rows take no more memory
/// than a thousand.
/// </summary>
public static class OrderedPipeline
{
    /// <summary>Transforms every item of <paramref name="source"/> in parallel and passes the results to <paramref name="sink"/> in input order.</summary>
    /// <param name="source">The items, enumerated once on a background task (it may block on I/O).</param>
    /// <param name="transform">The work; runs concurrently on <paramref name="workers"/> tasks, so it must be thread-safe.</param>
    /// <param name="sink">Receives each result, one at a time and in input order.</param>
    /// <param name="workers">Number of concurrent transforms, at least 1 (typically <see cref="Environment.ProcessorCount"/>).</param>
    /// <param name="capacity">Items in flight at most, at least 1. Default 64 per worker.</param>
    /// <param name="cancellationToken">Stops the pipeline.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <remarks>The first exception from the source, a transform or the sink stops the pipeline and is rethrown.</remarks>
    public static async Task RunAsync<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> transform,
        Func<TOut, CancellationToken, ValueTask> sink,
        int workers,
        int? capacity = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var size = capacity ?? workers * 64;
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = cts.Token;
        // Every item goes into both channels: "work" feeds the workers in any order, "ordered" lets the sink wait for each
        // result in turn. Bounding "ordered" bounds everything in flight.
        var work = Channel.CreateBounded<Slot<TIn, TOut>>(new BoundedChannelOptions(size) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Slot<TIn, TOut>>(new BoundedChannelOptions(size) { SingleWriter = true, SingleReader = true });

        async Task Guard(Func<Task> body)
        {
            try
            {
                await body().ConfigureAwait(false);
            }
            catch
            {
                await cts.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        var tasks = new List<Task>
        {
            Task.Run(() => Guard(async () =>
            {
                try
                {
                    foreach (var item in source)
                    {
                        var slot = new Slot<TIn, TOut>(item);
                        await ordered.Writer.WriteAsync(slot, token).ConfigureAwait(false);
                        await work.Writer.WriteAsync(slot, token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    work.Writer.TryComplete();
                    ordered.Writer.TryComplete();
                }
            }), token),
            Task.Run(() => Guard(async () =>
            {
                await foreach (var slot in ordered.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    var result = await slot.Completion.Task.WaitAsync(token).ConfigureAwait(false);
                    await sink(result, token).ConfigureAwait(false);
                }
            }), token),
        };
        for (var i = 0; i < workers; i++)
        {
            tasks.Add(Task.Run(() => Guard(async () =>
            {
                await foreach (var slot in work.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    try
                    {
                        slot.Completion.SetResult(transform(slot.Item));
                    }
                    catch (Exception ex)
                    {
                        // Handed to the sink's side, which rethrows it in input order and stops the rest.
                        slot.Completion.SetException(ex);
                    }
                }
            }), token));
        }

        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch
        {
            // Report the cause, not the cancellations it set off in the other tasks.
            var cause = tasks.Where(t => t.IsFaulted)
                .SelectMany(t => t.Exception!.InnerExceptions)
                .FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null) ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }

    private sealed class Slot<TIn, TOut>(TIn item)
    {
        public TIn Item { get; } = item;

        public TaskCompletionSource<TOut> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
