using System.CommandLine;
using System.Globalization;
using Credence.Cli.Output;
using Credence.Store.Lists;
using Spectre.Console;

namespace Credence.Cli.Commands;

/// <summary><c>credence lists import|status|update</c>: the store's list snapshots.</summary>
internal static class ListsCommand
{
    // Enough to see what kind of trouble a file has; `lists status` and the store keep the rest.
    private const int DiagnosticsShown = 5;

    public static Command Create(CliContext context) =>
        new("lists", "Import, update and inspect the sanctions lists in the store.")
        {
            Import(context),
            Status(context),
            ListsUpdateCommand.Create(context),
        };

    private static Command Import(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "List files or folders of them.", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var command = new Command("import", "Import list files into the store; each becomes the active snapshot of its source once fully written.")
        {
            paths, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = Inputs.ExistingPaths(parse.GetValue(paths) ?? []);
            var store = await StoreAccess.OpenAsync(context, parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var result = await new ListImportWorkflow(store, context.Time).ImportAsync(files, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
                await ReportAsync(context, result).ConfigureAwait(false);
                return result.Succeeded ? ExitCodes.Success : ExitCodes.BadInput;
            }
        });
        return command;
    }

    /// <summary>Prints what an import did: counts and the first diagnostics on stdout, failures on stderr.</summary>
    public static async Task ReportAsync(CliContext context, ListImportResult result)
    {
        // A failed snapshot of a known source already carries the loader's errors as its reason: say them once.
        var told = result.Lists.Where(l => !l.Succeeded).Select(l => l.FailureReason ?? "").ToList();
        foreach (var error in result.Errors.Where(e => !told.Any(t => t.Contains(e, StringComparison.Ordinal))))
        {
            await context.Err.WriteLineAsync($"error: {OneLine(error)}").ConfigureAwait(false);
        }
        foreach (var list in result.Lists)
        {
            var s = list.Snapshot;
            if (!list.Succeeded)
            {
                await context.Err.WriteLineAsync(
                    $"error: import of {s.Source} failed: {Sentence(list.FailureReason ?? "unknown reason")} The previous snapshot of {s.Source}, if any, stays active.")
                    .ConfigureAwait(false);
                continue;
            }
            var published = s.Published is { } p ? ", published " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            var replaces = list.SupersededSnapshotId is { } old ? string.Create(CultureInfo.InvariantCulture, $", replacing #{old}") : "";
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Imported {s.Source} ({s.Format}{published}) from {string.Join(", ", s.Files)}: {s.EntityCount:N0} entities, {s.DiagnosticCount:N0} diagnostics. Snapshot #{s.Id} is active{replaces}."))
                .ConfigureAwait(false);
            foreach (var diagnostic in list.Diagnostics.Take(DiagnosticsShown))
            {
                await context.Out.WriteLineAsync("  " + OneLine(diagnostic.ToString())).ConfigureAwait(false);
            }
            if (list.Diagnostics.Count > DiagnosticsShown)
            {
                await context.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"  ... and {list.Diagnostics.Count - DiagnosticsShown:N0} more diagnostics")).ConfigureAwait(false);
            }
        }
    }

    private static Command Status(CliContext context)
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("status", "Show the active list snapshots and the recent imports.") { db, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await StoreAccess.OpenAsync(context, parse.GetValue(db), cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var query = new ListStatusQuery(store);
                var active = await query.ActiveAsync(cancellationToken).ConfigureAwait(false);
                var history = await query.HistoryAsync(limit: 20, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (parse.GetValue(json)) CliJson.Write(context.Out, new { active, history });
                else RenderStatus(context.OutConsole, active, history);
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static void RenderStatus(IAnsiConsole console, IReadOnlyList<SnapshotInfo> active, IReadOnlyList<SnapshotInfo> history)
    {
        var border = console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii2;
        if (active.Count == 0)
        {
            console.WriteLine("No active lists: screening uses the built-in demo list until you run 'credence lists import' or 'credence lists update'.");
        }
        else
        {
            console.WriteLine("Active lists:");
            var table = new Table().Border(border).AddColumns("Source", "Snapshot", "Format", "Published", "Entities", "Delta (+added -removed ~changed)", "Diagnostics", "Imported (UTC)", "SHA-256");
            foreach (var s in active)
            {
                table.AddRow(
                    Cell(s.Source), Cell("#" + s.Id.ToString(CultureInfo.InvariantCulture)), Cell(s.Format.ToString()), Cell(Date(s.Published)),
                    Cell(s.EntityCount.ToString("N0", CultureInfo.InvariantCulture)), Cell(Delta(s)), Cell(s.DiagnosticCount.ToString("N0", CultureInfo.InvariantCulture)),
                    Cell(Time(s.ImportedAt)), Cell(s.Sha256 ?? "-"));
            }
            console.Write(table);
        }
        if (history.Count == 0) return;
        console.WriteLine("Recent imports:");
        var recent = new Table().Border(border).AddColumns("Snapshot", "Source", "Status", "Imported (UTC)", "Entities", "Reason");
        foreach (var s in history)
        {
            recent.AddRow(
                Cell("#" + s.Id.ToString(CultureInfo.InvariantCulture)), Cell(s.Source), Cell(s.Status.ToString()), Cell(Time(s.ImportedAt)),
                Cell(s.EntityCount.ToString("N0", CultureInfo.InvariantCulture)), Cell(OneLine(s.FailureReason ?? "")));
        }
        console.Write(recent);
    }

    private static string Delta(SnapshotInfo s) =>
        string.Create(CultureInfo.InvariantCulture, $"+{s.AddedCount:N0} -{s.RemovedCount:N0} ~{s.ChangedCount:N0}");

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Text Cell(string text) => new(text);

    public static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>The text on one line, ending with exactly one full stop.</summary>
    public static string Sentence(string text) => OneLine(text).TrimEnd().TrimEnd('.') + ".";
}
