using System.Globalization;
using Credence.Core.Entities;
using Credence.Core.Networks;
using Credence.Lists.Graph;

namespace Credence.Cli.Commands;

/// <summary>
/// Builds the graph a <c>network</c> command queries: the files of --graph, else the built-in demo (the demo list, whose Sanction
/// entities make MEHL, MEC and the generals listed, and the demo network of their owners and subsidiaries). Bad lines are reported on
/// stderr with their line numbers and reading goes on; a file that is not a graph at all stops the command.
/// </summary>
internal static class NetworkGraphSource
{
    // Enough to see what is wrong with a file without burying the answer.
    private const int DiagnosticsShown = 20;

    /// <exception cref="CliUsageException">A file does not exist.</exception>
    /// <exception cref="Credence.Lists.Common.ListFormatException">A file is not FollowTheMoney JSON lines or an edges CSV at all.</exception>
    public static async Task<NetworkGraph> LoadAsync(CliContext context, IReadOnlyList<string>? paths, CancellationToken cancellationToken)
    {
        var builder = new NetworkGraphBuilder();
        if (paths is { Count: > 0 })
        {
            // Every path is checked before any is read, so a typo in the last one fails at once.
            var files = paths.Select(Inputs.ExistingFile).ToList();
            foreach (var file in files)
            {
                var stream = File.OpenRead(file);
                await using (stream.ConfigureAwait(false))
                {
                    var result = GraphFileReader.Read(stream, Path.GetFileName(file), builder, cancellationToken);
                    await ReportAsync(context, result).ConfigureAwait(false);
                }
            }
            return builder.Build();
        }

        await context.Err.WriteLineAsync(
            "note: no --graph given, so this uses the built-in demo graph (the credence-demo list and the demo network of Myanmar military companies).")
            .ConfigureAwait(false);
        foreach (var result in DemoNetwork.ReadInto(builder, cancellationToken))
        {
            await ReportAsync(context, result).ConfigureAwait(false);
        }
        return builder.Build();
    }

    private static async Task ReportAsync(CliContext context, GraphReadResult result)
    {
        foreach (var diagnostic in result.Diagnostics.Take(DiagnosticsShown))
        {
            var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "skipped" : "warning";
            await context.Err.WriteLineAsync($"{severity}: {diagnostic.ToString().ReplaceLineEndings(" ")}").ConfigureAwait(false);
        }
        if (result.Diagnostics.Count > DiagnosticsShown)
        {
            await context.Err.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"... and {result.Diagnostics.Count - DiagnosticsShown:N0} more diagnostics in {result.Source}")).ConfigureAwait(false);
        }
    }
}
