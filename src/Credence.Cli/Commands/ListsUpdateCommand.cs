using System.CommandLine;
using System.Globalization;
using Credence.Cli.Update;
using Credence.Store.Lists;

namespace Credence.Cli.Commands;

/// <summary><c>credence lists update</c>: fetch the official lists and import them.</summary>
internal static class ListsUpdateCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var sources = new Option<string[]>("--source")
        {
            Description = "Only these sources (ids such as ofac-sdn, un-sc, uk-ofsi); default all that have a URL.",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = true,
        };
        var config = new Option<string?>("--config") { Description = "A JSON file overriding source URLs and timeouts.", HelpName = "FILE" };
        var command = new Command("update", "Download the official lists from their publishers and import them.") { db, sources, config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = UpdateConfig.Load(parse.GetValue(config));
            var selected = settings.Select(parse.GetValue(sources));
            var store = await StoreAccess.OpenAsync(context, parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                using var http = DownloadClient.Create(settings);
                var workflow = new ListUpdateWorkflow(http, new ListImportWorkflow(store, context.Time)) { DownloadTimeout = settings.DownloadTimeout };
                var failures = 0;
                foreach (var source in selected)
                {
                    await context.Err.WriteLineAsync($"Fetching {source.SourceId} from {string.Join(", ", source.Urls)} ...").ConfigureAwait(false);
                    var outcome = await workflow.UpdateAsync(source, cancellationToken).ConfigureAwait(false);
                    if (outcome.Import is { } import) await ListsCommand.ReportAsync(context, import).ConfigureAwait(false);
                    if (!outcome.Succeeded)
                    {
                        failures++;
                        if (outcome.Import is null)
                        {
                            await context.Err.WriteLineAsync(
                                $"error: update of {source.SourceId} failed: {ListsCommand.Sentence(outcome.FailureReason!)} The active snapshot of {source.SourceId}, if any, is unchanged.")
                                .ConfigureAwait(false);
                        }
                    }
                    else
                    {
                        await context.Err.WriteLineAsync(string.Create(
                            CultureInfo.InvariantCulture, $"{source.SourceId}: downloaded {outcome.DownloadedBytes:N0} bytes.")).ConfigureAwait(false);
                    }
                }
                return failures == 0 ? ExitCodes.Success : ExitCodes.BadInput;
            }
        });
        return command;
    }
}
