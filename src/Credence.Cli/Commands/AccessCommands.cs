using System.CommandLine;
using Credence.Store.Access;
using Credence.Store.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Credence.Cli.Commands;

/// <summary>
/// <c>credence users add NAME --role ROLE</c> and <c>credence keys add NAME --role ROLE</c>: set up a server's store
/// from a script. The generated password or key is printed once, on stdout, and never stored in clear.
/// </summary>
internal static class AccessCommands
{
    public static Command Users(CliContext context) =>
        new("users", "Manage the people who sign in to the web app.")
        {
            UsersAdd(context),
        };

    public static Command Keys(CliContext context) =>
        new("keys", "Manage API keys for programs that call the server.")
        {
            KeysAdd(context),
            KeysRevoke(context),
        };

    private static Command UsersAdd(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The login name." };
        var role = Role();
        var db = CommonOptions.Database();
        var command = new Command("add", "Create a user with a generated password, printed once.") { name, role, db };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(db), async services =>
            await services.GetRequiredService<UserAdministration>()
                .AddAsync(parse.GetValue(name)!, parse.GetValue(role)!, "cli", cancellationToken).ConfigureAwait(false),
            "password", cancellationToken));
        return command;
    }

    private static Command KeysAdd(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "What the key is for, e.g. hr-system." };
        var role = Role();
        var db = CommonOptions.Database();
        var command = new Command("add", "Create an API key, printed once; only its hash is stored.") { name, role, db };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(db), async services =>
            await services.GetRequiredService<ApiKeyAdministration>()
                .AddAsync(parse.GetValue(name)!, parse.GetValue(role)!, "cli", cancellationToken).ConfigureAwait(false),
            "key", cancellationToken));
        return command;
    }

    private static Command KeysRevoke(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The key's name." };
        var db = CommonOptions.Database();
        var command = new Command("revoke", "Revoke an API key; a running server stops accepting it within 30 seconds.") { name, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await StoreAccess.OpenAsync(context, parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var services = AccessServices.Create(store, context.Time);
                await using (services.ConfigureAwait(false))
                {
                    using var scope = services.CreateScope();
                    var error = await scope.ServiceProvider.GetRequiredService<ApiKeyAdministration>()
                        .RevokeAsync(parse.GetValue(name)!, "cli", cancellationToken).ConfigureAwait(false);
                    if (error is not null) throw new CliUsageException(error);
                    await context.Out.WriteLineAsync($"revoked key {parse.GetValue(name)}").ConfigureAwait(false);
                    return ExitCodes.Success;
                }
            }
        });
        return command;
    }

    private static Option<string> Role() => new("--role")
    {
        Description = $"The role: {string.Join(", ", CredenceRoles.All)}.",
        HelpName = "ROLE",
        Required = true,
    };

    private static async Task<int> RunAsync(
        CliContext context, string? dbPath, Func<IServiceProvider, Task<AccessResult>> create, string secretName, CancellationToken cancellationToken)
    {
        var store = await StoreAccess.OpenAsync(context, dbPath, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var services = AccessServices.Create(store, context.Time);
            await using (services.ConfigureAwait(false))
            {
                using var scope = services.CreateScope();
                var result = await create(scope.ServiceProvider).ConfigureAwait(false);
                if (!result.Succeeded) throw new CliUsageException(result.Error!);
                await context.Out.WriteLineAsync($"created {result.Name} with role {result.Role}").ConfigureAwait(false);
                await context.Out.WriteLineAsync($"{secretName}: {result.Secret}").ConfigureAwait(false);
                await context.Err.WriteLineAsync($"This {secretName} is shown once and cannot be shown again; keep it now.").ConfigureAwait(false);
                return ExitCodes.Success;
            }
        }
    }
}
