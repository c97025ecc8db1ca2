using System.Threading.Channels;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Hosting;

/// <summary>
/// Stores screenings made by concurrent requests with group commit: each request screens on its own thread, then hands
/// the result here and waits; one writer takes everything queued (up to <see cref="MaxGroup"/>) and stores it in one
/// transaction. SQLite has one writer at a time, so a transaction per request would cap the server at a few hundred
/// screenings a second; grouped, the cost of a commit is shared by every request that arrived while the last one ran.
/// The writer keeps one context with its connection open from group to group (renting a context, opening the connection
/// and setting its pragmas cost about as much as a small group's inserts); after a failed write it starts afresh.
/// </summary>
public sealed class ScreeningWriter : BackgroundService
{
    /// <summary>Most screenings stored in one transaction.</summary>
    public const int MaxGroup = 256;

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly IDbContextFactory<CredenceDbContext> _factory;
    private readonly StoreWriteGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger<ScreeningWriter> _logger;
    private readonly Credence.Core.Text.NameNormalizer _normalizer = ScreeningCorpus.CreateNormalizer();
    private CredenceDbContext? _db;

    /// <param name="factory">Makes the writer's contexts.</param>
    /// <param name="gate">Shared with batch jobs, so grouped single screenings and batch chunks take turns at the store.</param>
    /// <param name="time">Stamps screenings.</param>
    /// <param name="logger">Logs failed writes.</param>
    public ScreeningWriter(IDbContextFactory<CredenceDbContext> factory, StoreWriteGate gate, TimeProvider time, ILogger<ScreeningWriter> logger)
    {
        _factory = factory;
        _gate = gate;
        _time = time;
        _logger = logger;
    }

    /// <summary>Queues <paramref name="subject"/> (screened against <paramref name="corpus"/>) and waits until it is stored.</summary>
    /// <exception cref="OperationCanceledException">The caller gave up, or the server is stopping.</exception>
    public async Task<RecordedScreening> StoreAsync(ScreeningCorpus corpus, ScreenedSubject subject, CancellationToken cancellationToken)
    {
        var pending = new Pending(corpus, subject, new TaskCompletionSource<RecordedScreening>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        // Once queued the screening will be stored even if this caller goes away: the record must not depend on the client.
        return await pending.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<Pending>(MaxGroup);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                group.Clear();
                while (group.Count < MaxGroup && _queue.Reader.TryRead(out var next)) group.Add(next);
                // Requests that straddle an index swap carry different corpora; each corpus's snapshots go with its own rows.
                foreach (var byCorpus in group.GroupBy(p => p.Corpus))
                {
                    await WriteAsync(byCorpus.Key, [.. byCorpus]).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: whatever is still queued is told so rather than left waiting.
            while (_queue.Reader.TryRead(out var left)) left.Done.TrySetCanceled(stoppingToken);
        }
        finally
        {
            await CloseAsync().ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(ScreeningCorpus corpus, List<Pending> pending)
    {
        try
        {
            var db = _db ??= await OpenAsync().ConfigureAwait(false);
            var recorder = new ScreeningRecorder(db, _time, _normalizer);
            var stored = await _gate.RunAsync(
                () => recorder.StoreAsync(corpus, [.. pending.Select(p => p.Subject)], CancellationToken.None), CancellationToken.None).ConfigureAwait(false);
            for (var i = 0; i < pending.Count; i++) pending[i].Done.TrySetResult(stored[i]);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            _logger.LogError(ex, "Storing {Count} screenings failed", pending.Count);
            foreach (var p in pending) p.Done.TrySetException(ex);
            // Whatever state the connection was left in, the next group gets a fresh one.
            await CloseAsync().ConfigureAwait(false);
        }
    }

    private async Task<CredenceDbContext> OpenAsync()
    {
        var db = await _factory.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await db.Database.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            return db;
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task CloseAsync()
    {
        var db = _db;
        _db = null;
        if (db is not null) await db.DisposeAsync().ConfigureAwait(false);
    }

    private sealed record Pending(ScreeningCorpus Corpus, ScreenedSubject Subject, TaskCompletionSource<RecordedScreening> Done);
}
