using Credence.Store.Credentials;
using Credence.Store.Data;
using Credence.Web.Hosting;

namespace Credence.Web.Credentials;

/// <summary>The credentials area's part of start-up: the demo session, screened, so a new user can walk the decision.</summary>
public static class CredentialsStartup
{
    /// <summary>
    /// Seeds <see cref="CredentialsDemo"/> into a store without any session (nothing otherwise) and screens every seeded
    /// delegation against the server's corpus, so Than Hlaing's screening and alert exist from the first page view.
    /// </summary>
    /// <param name="provider">A scope's services.</param>
    /// <param name="console">Where the one-line note goes.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public static async Task SeedDemoAsync(IServiceProvider provider, TextWriter console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(console);
        var db = provider.GetRequiredService<CredenceDbContext>();
        var seed = await CredentialsDemo.SeedAsync(db, provider.GetRequiredService<TimeProvider>(), cancellationToken).ConfigureAwait(false);
        if (seed is null) return;
        var corpus = await provider.GetRequiredService<CorpusProvider>().GetAsync(cancellationToken).ConfigureAwait(false);
        var screening = provider.GetRequiredService<DelegateScreeningWorkflow>();
        var alerts = 0;
        foreach (var delegationId in seed.DelegationIds)
        {
            var result = await screening.ScreenDelegationAsync(corpus, delegationId, CredentialsDemo.Actor, cancellationToken).ConfigureAwait(false);
            alerts += result.Value?.Sum(p => p.NewAlertIds.Count) ?? 0;
        }
        provider.GetRequiredService<CredentialsRescreener>().Remember(corpus);
        await console.WriteLineAsync(
            $"Credence: seeded the demo General Assembly session ({seed.DelegationIds.Count} delegations screened, {alerts} {(alerts == 1 ? "alert" : "alerts")} raised); "
            + $"the committee's dossier for Myanmar is /credentials/sessions/{seed.SessionId}/members/{seed.MyanmarMemberId}").ConfigureAwait(false);
    }
}
