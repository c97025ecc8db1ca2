using System.Globalization;
using Credence.Store.Credentials;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Credence.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Credentials;

/// <summary>
/// Re-screens the delegates of every open session once per set of active list snapshots. The set it last screened against
/// is kept in memory and, across restarts, read back from the audit entry the re-screening writes (its details start with
/// the cause, which names the snapshot ids), so a restart does not screen everyone again for nothing.
/// </summary>
public sealed class CredentialsRescreener : IDisposable
{
    private const string AuditAction = "delegates.rescreened";
    private const string CausePrefix = "list snapshots ";

    private readonly IServiceScopeFactory _scopes;
    private readonly CorpusProvider _corpus;
    private readonly StoreWriteGate _gate;
    private readonly ILogger<CredentialsRescreener> _logger;
    private readonly SemaphoreSlim _run = new(1, 1);
    private string? _lastCause;

    public CredentialsRescreener(IServiceScopeFactory scopes, CorpusProvider corpus, StoreWriteGate gate, ILogger<CredentialsRescreener> logger)
    {
        _scopes = scopes;
        _corpus = corpus;
        _gate = gate;
        _logger = logger;
    }

    /// <summary>The cause written for <paramref name="corpus"/>: "list snapshots 3,7 active" ("none" for the built-in demo).</summary>
    public static string CauseFor(ScreeningCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var ids = corpus.Snapshots.Where(s => s.SnapshotId is not null).Select(s => s.SnapshotId!.Value).Order()
            .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        return CausePrefix + (ids.Count == 0 ? "none" : string.Join(',', ids)) + " active";
    }

    /// <summary>Records that the delegates were just screened against <paramref name="corpus"/> (after the demo's first screening).</summary>
    public void Remember(ScreeningCorpus corpus) => _lastCause = CauseFor(corpus);

    /// <summary>
    /// Brings the corpus up to date and, when its snapshots differ from those last screened against, re-screens the open
    /// sessions. Returns the summary, or null when nothing changed. Calls never overlap.
    /// </summary>
    public async Task<RescreenSummary?> RescreenIfChangedAsync(CancellationToken cancellationToken)
    {
        await _run.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _corpus.RefreshNowAsync(cancellationToken).ConfigureAwait(false);
            var corpus = await _corpus.GetAsync(cancellationToken).ConfigureAwait(false);
            var cause = CauseFor(corpus);
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CredenceDbContext>();
            _lastCause ??= await LastCauseAsync(db, cancellationToken).ConfigureAwait(false);
            if (string.Equals(cause, _lastCause, StringComparison.Ordinal)) return null;
            if (!await db.AssemblySessions.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                _lastCause = cause;
                return null;
            }
            var workflow = scope.ServiceProvider.GetRequiredService<DelegateScreeningWorkflow>();
            var summary = await _gate.RunAsync(() => workflow.RescreenOpenSessionsAsync(corpus, cause, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            _lastCause = cause;
            _logger.LogInformation(
                "Credentials: re-screened {Persons} delegates of {Sessions} open sessions ({Cause}): {Alerts} new alerts, {Notices} notices",
                summary.Persons, summary.Sessions, cause, summary.NewAlertIds.Count, summary.Notices.Count);
            return summary;
        }
        finally
        {
            _run.Release();
        }
    }

    public void Dispose() => _run.Dispose();

    private static async Task<string?> LastCauseAsync(CredenceDbContext db, CancellationToken cancellationToken)
    {
        var details = await db.AuditEvents.AsNoTracking().Where(e => e.Action == AuditAction).OrderByDescending(e => e.Id)
            .Select(e => e.Details).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (details is null) return null;
        var colon = details.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? null : details[..colon];
    }
}
