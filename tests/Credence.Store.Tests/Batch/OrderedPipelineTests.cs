using System.Collections.Concurrent;
using Credence.Store.Batch;

namespace Credence.Store.Tests.Batch;

public sealed class OrderedPipelineTests
{
    [Fact]
    public async Task RunAsync_WorkersFinishOutOfOrder_SinkSeesInputOrder()
    {
        var seen = new List<int>();

        await OrderedPipeline.RunAsync(
            Enumerable.Range(0, 500),
            i =>
            {
                // Early items take longest, so workers finish them last.
                Thread.SpinWait((500 - i) * 50);
                return i * 2;
            },
            (r, _) =>
            {
                seen.Add(r);
                return ValueTask.CompletedTask;
            },
            workers: 4);

        Assert.Equal(Enumerable.Range(0, 500).Select(i => i * 2), seen);
    }

    [Fact]
    public async Task RunAsync_SlowSink_KeepsAtMostCapacityItemsInFlight()
    {
        var read = 0;
        var written = 0;
        var maxInFlight = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 2000; i++)
            {
                var inFlight = Interlocked.Increment(ref read) - Volatile.Read(ref written);
                InterlockedMax(ref maxInFlight, inFlight);
                yield return i;
            }
        }

        await OrderedPipeline.RunAsync(
            Source(),
            i => i,
            async (_, ct) =>
            {
                if (Volatile.Read(ref written) % 100 == 0) await Task.Delay(1, ct);
                Interlocked.Increment(ref written);
            },
            workers: 2,
            capacity: 8);

        Assert.Equal(2000, written);
        // Items in flight are bounded by the two channels and the ones being handled, never by the input size.
        Assert.InRange(maxInFlight, 1, 2 * 8 + 4);
    }

    [Fact]
    public async Task RunAsync_TransformThrows_RethrowsTheCause()
    {
        var sunk = new ConcurrentBag<int>();

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => OrderedPipeline.RunAsync(
            Enumerable.Range(0, 10_000),
            i => i == 50 ? throw new InvalidOperationException("row 50") : i,
            (r, _) =>
            {
                sunk.Add(r);
                return ValueTask.CompletedTask;
            },
            workers: 3));

        Assert.Equal("row 50", ex.Message);
        Assert.DoesNotContain(50, sunk);
        Assert.True(sunk.Count < 10_000);
    }

    [Fact]
    public async Task RunAsync_SourceThrows_RethrowsTheCause()
    {
        static IEnumerable<int> Broken()
        {
            yield return 1;
            throw new IOException("file vanished");
        }

        var ex = await Assert.ThrowsAsync<IOException>(() => OrderedPipeline.RunAsync(
            Broken(), i => i, (_, _) => ValueTask.CompletedTask, workers: 2));

        Assert.Equal("file vanished", ex.Message);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OrderedPipeline.RunAsync(
            Enumerable.Range(0, 1_000_000),
            i => i,
            (_, _) =>
            {
                if (++count == 100) cts.Cancel();
                return ValueTask.CompletedTask;
            },
            workers: 2,
            cancellationToken: cts.Token));

        Assert.True(count < 1_000_000);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current) return;
            current = seen;
        }
    }
}
