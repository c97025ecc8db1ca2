using System.Threading.Channels;

namespace Credence.Web.Screening;

/// <summary>The ids of batch jobs waiting for <see cref="BatchWorker"/>, in the order they were queued.</summary>
public sealed class BatchQueue
{
    private readonly Channel<long> _jobs = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues job <paramref name="jobId"/>; never blocks.</summary>
    public void Enqueue(long jobId) => _jobs.Writer.TryWrite(jobId);

    /// <summary>The queued ids as they come; ends when <paramref name="cancellationToken"/> is cancelled.</summary>
    public IAsyncEnumerable<long> ReadAllAsync(CancellationToken cancellationToken) => _jobs.Reader.ReadAllAsync(cancellationToken);
}
