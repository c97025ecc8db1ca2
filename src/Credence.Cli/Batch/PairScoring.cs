using System.Globalization;
using System.Text;
using Credence.Cli.Commands;
using Credence.Cli.Output;
using Credence.Core.Matching;
using Credence.Store.Batch;
using Credence.Store.Csv;

namespace Credence.Cli.Batch;

/// <summary>
/// <c>compare --pairs pairs.csv --output scored.csv</c>: scores each name pair and writes the input row back with
/// <c>score</c> and <c>match</c> added, in input order.
/// </summary>
internal static class PairScoring
{
    public static async Task<int> RunAsync(
        CliContext context, CsvInput input, string outputPath, NameComparer comparer, double threshold, CancellationToken cancellationToken)
    {
        var name1 = input.RequiredColumn("name1");
        var name2 = input.RequiredColumn("name2");
        var schemaColumn = input.Column("schema");
        var width = input.Header.Count;
        var output = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        BatchProgress progress;
        await using (output.ConfigureAwait(false))
        {
            CsvSafe.WriteRow(output, [.. input.Header, "score", "match"]);
            progress = await BatchProgress.RunAsync(context, input, "Scoring", p => OrderedPipeline.RunAsync(
                input.Rows(),
                row => Score(row, name1, name2, schemaColumn, comparer),
                async (result, _) =>
                {
                    p.Advance();
                    if (result.Error is not null)
                    {
                        await p.RowErrorAsync(result.Row.Number, result.Error).ConfigureAwait(false);
                        return;
                    }
                    // Echo every input column (padded to the header's width) so labels such as a case id travel with the score.
                    var cells = Enumerable.Range(0, width).Select(i => i < result.Row.Fields.Length ? result.Row.Fields[i] : "");
                    var score = result.Comparison!.Score;
                    CsvSafe.WriteRow(output, [.. cells, HitsView.Score(score), score >= threshold ? "true" : "false"]);
                },
                Environment.ProcessorCount,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        var skipped = progress.Errors > 0 ? string.Create(CultureInfo.InvariantCulture, $", {progress.Errors:N0} malformed rows skipped") : "";
        await context.Err.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Scored {progress.Rows - progress.Errors:N0} pairs at threshold {threshold:0.00}{skipped}; wrote {outputPath}."))
            .ConfigureAwait(false);
        return progress.Errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static Result Score(CsvRow row, int name1, int name2, int schemaColumn, NameComparer comparer)
    {
        if (row.Error is not null) return new Result(row, null, row.Error);
        var a = row.Get(name1);
        var b = row.Get(name2);
        if (a is null || b is null) return new Result(row, null, a is null ? "no name1" : "no name2");
        try
        {
            var schema = Inputs.Schema(row.Get(schemaColumn), "schema") ?? Core.Entities.EntitySchema.Unknown;
            return new Result(row, comparer.Compare(a, b, schema), null);
        }
        catch (CliUsageException ex)
        {
            return new Result(row, null, ex.Message);
        }
    }

    private sealed record Result(CsvRow Row, NameComparison? Comparison, string? Error);
}
