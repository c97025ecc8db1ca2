using Credence.Store.Data;
using Credence.Store.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Credence.Web.Hosting;

/// <summary>
/// The index the server screens against, built from the store's active snapshots. Every few seconds (see
/// <see cref="CredenceServerOptions.CorpusRefreshSeconds"/>) a request checks which snapshots are active; when that changed
/// (an update here, or an import from the command line), a new index is built in the background while requests go on
/// being served from the old one, and then swapped in at once.
/// </summary>
public sealed class CorpusProvider : IDisposable
{
    private readonly IDbContextFactory<CredenceDbContext> _factory;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refresh;
    private readonly ILogger<CorpusProvider> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile State? _state;
    private Task? _rebuild;

    public CorpusProvider(
        IDbContextFactory<CredenceDbContext> factory, TimeProvider time, IOptions<CredenceServerOptions> options, ILogger<CorpusProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _factory = factory;
        _time = time;
        _refresh = TimeSpan.FromSeconds(options.Value.CorpusRefreshSeconds);
        _logger = logger;
    }

    /// <summary>The current index; the first call waits for it to be built.</summary>
    public async ValueTask<ScreeningCorpus> GetAsync(CancellationToken cancellationToken = default)
    {
        var state = _state;
        if (state is not null && _time.GetUtcNow() - state.CheckedAt < _refresh) return state.Corpus;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            state = _state;
            if (state is not null && _time.GetUtcNow() - state.CheckedAt < _refresh) return state.Corpus;
            var active = await ActiveIdsAsync(cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                _state = await BuildAsync(active, cancellationToken).ConfigureAwait(false);
                return _state.Corpus;
            }
            if (string.Equals(active, state.Key, StringComparison.Ordinal))
            {
                _state = state with { CheckedAt = _time.GetUtcNow() };
            }
            else if (_rebuild is null || _rebuild.IsCompleted)
            {
                // Serve the old index until the new one is ready; a rebuild of the full lists takes seconds.
                _state = state with { CheckedAt = _time.GetUtcNow() };
                _rebuild = Task.Run(() => RebuildAsync(active), CancellationToken.None);
            }
            return state.Corpus;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Builds the index for the snapshots active now and waits for it (after an update this server made).</summary>
    public async Task RefreshNowAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var active = await ActiveIdsAsync(cancellationToken).ConfigureAwait(false);
            if (_state is not null && string.Equals(active, _state.Key, StringComparison.Ordinal)) return;
            _state = await BuildAsync(active, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task RebuildAsync(string active)
    {
        try
        {
            var state = await BuildAsync(active, CancellationToken.None).ConfigureAwait(false);
            _state = state;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or System.Text.Json.JsonException)
        {
            // The old index stays in service; the next check tries again.
            _logger.LogError(ex, "Rebuilding the screening index failed; the previous index stays in use");
            var current = _state;
            if (current is not null) _state = current with { Key = "" };
        }
    }

    private async Task<State> BuildAsync(string active, CancellationToken cancellationToken)
    {
        var db = await _factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var started = _time.GetTimestamp();
            var corpus = await ScreeningCorpus.LoadActiveOrDemoAsync(db, cancellationToken: cancellationToken).ConfigureAwait(false);
            _logger.LogInformation(
                "Screening index built: {Entities} entities from {Lists} lists in {Seconds:0.0} s",
                corpus.Index.Count, corpus.Snapshots.Count, _time.GetElapsedTime(started).TotalSeconds);
            return new State(corpus, active, _time.GetUtcNow());
        }
    }

    private async Task<string> ActiveIdsAsync(CancellationToken cancellationToken)
    {
        var db = await _factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var ids = await db.Snapshots.AsNoTracking()
                .Where(s => s.Status == SnapshotStatus.Active)
                .OrderBy(s => s.Id)
                .Select(s => s.Id)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return string.Join(',', ids);
        }
    }

    private sealed record State(ScreeningCorpus Corpus, string Key, DateTimeOffset CheckedAt);
}
