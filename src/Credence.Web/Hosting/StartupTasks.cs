using Credence.Lists.Demo;
using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Store.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Credence.Web.Hosting;

/// <summary>What the server does once before it takes requests.</summary>
public static class StartupTasks
{
    /// <summary>The name of the admin created on a fresh start with no users.</summary>
    public const string FirstAdminName = "admin";

    /// <summary>
    /// Applies migrations (and turns on SQLite's write-ahead log, so readers never wait for the writer), loads the demo
    /// list into a store that has never had a list, and creates the first admin when there is no user at all, writing
    /// its generated password to <paramref name="console"/> once.
    /// </summary>
    public static async Task RunAsync(IServiceProvider services, TextWriter console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(console);
        var location = services.GetRequiredService<StoreLocation>();
        Directory.CreateDirectory(location.DataFolder);

        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<CredenceDbContext>();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!location.IsPostgres)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);

        var options = provider.GetRequiredService<IOptions<CredenceServerOptions>>().Value;
        if (options.LoadDemoData && !await db.Snapshots.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            var import = new ListImportWorkflow(db, provider.GetRequiredService<TimeProvider>());
            var outcome = await import.ImportAsync(DemoData.Load(), cancellationToken).ConfigureAwait(false);
            await console.WriteLineAsync(
                $"Credence: loaded the demo list ({outcome.Snapshot.EntityCount} entities) into {location.Description}").ConfigureAwait(false);
        }
        if (options.LoadDemoData) await Credentials.CredentialsStartup.SeedDemoAsync(provider, console, cancellationToken).ConfigureAwait(false);

        var users = provider.GetRequiredService<UserAdministration>();
        await users.EnsureRolesAsync().ConfigureAwait(false);
        if (await users.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            var admin = await users.AddAsync(FirstAdminName, CredenceRoles.Admin, "system", cancellationToken).ConfigureAwait(false);
            if (admin.Succeeded)
            {
                await console.WriteLineAsync(
                    $"Credence: created the first admin. User: {admin.Name}  Password: {admin.Secret}  (shown once; change it or "
                    + "add your own users with 'credence users add NAME --role admin')").ConfigureAwait(false);
            }
        }

        // Build the index now, so the first screening does not wait for it.
        await services.GetRequiredService<CorpusProvider>().RefreshNowAsync(cancellationToken).ConfigureAwait(false);
    }
}
