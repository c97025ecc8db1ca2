using Credence.Core.Matching;
using Credence.Lists.Common;
using Credence.Store.Screening;

namespace Credence.Cli.Commands;

/// <summary>Chooses what a screening runs against: the files of --lists, else the store's active lists, else the demo list.</summary>
internal static class CorpusSource
{
    public static async Task<ScreeningCorpus> LoadAsync(
        CliContext context, IReadOnlyList<string>? lists, string? database, MatchingOptions options, CancellationToken cancellationToken)
    {
        if (lists is { Count: > 0 })
        {
            var paths = Inputs.ExistingPaths(lists);
            var report = await Task.Run(() => new ListLoader().Load(paths, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (report.Errors.Count > 0)
            {
                var more = report.Errors.Count > 1 ? $" (and {report.Errors.Count - 1} more)" : "";
                throw new CliUsageException(report.Errors[0] + more);
            }
            if (report.Lists.Count == 0) throw new CliUsageException($"no list found in {string.Join(", ", lists)}");
            return ScreeningCorpus.FromLists(report.Lists, options);
        }

        var store = await StoreAccess.OpenAsync(context, database, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var corpus = await ScreeningCorpus.LoadActiveOrDemoAsync(store, options, cancellationToken).ConfigureAwait(false);
            if (corpus.Origin == CorpusOrigin.Demo)
            {
                await context.Err.WriteLineAsync(
                    "note: the store has no imported lists, so this screens against the built-in demo list (import lists with 'credence lists import').")
                    .ConfigureAwait(false);
            }
            return corpus;
        }
    }
}
