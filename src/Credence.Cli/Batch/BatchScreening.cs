using System.Globalization;
using System.Text;
using Credence.Cli.Commands;
using Credence.Cli.Output;
using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Store.Batch;
using Credence.Store.Csv;
using Credence.Store.Screening;

namespace Credence.Cli.Batch;

/// <summary>
/// <c>screen --input queries.csv --output results.csv</c>: reads queries, screens them on every core and writes one row per
/// (query, hit) in input order, streaming through a bounded pipeline.
/// </summary>
internal static class BatchScreening
{
    public static readonly string[] OutputHeader =
        ["row", "query_id", "query_name", "entity_id", "source", "schema", "matched_name", "score", "programs"];

    /// <summary>Defaults for rows that leave schema, dob or country empty (from the command's options).</summary>
    public sealed record Defaults(EntitySchema? Schema, PartialDate? BirthDate, string? Country);

    public static async Task<int> RunAsync(
        CliContext context,
        CsvInput input,
        string outputPath,
        ScreeningCorpus corpus,
        Defaults defaults,
        ScreenOptions screen,
        CancellationToken cancellationToken)
    {
        var columns = new Columns(
            input.RequiredColumn("name"), input.Column("schema"), input.Column("dob"), input.Column("country"), input.Column("id"));
        var hitsWritten = 0;
        var output = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        BatchProgress progress;
        await using (output.ConfigureAwait(false))
        {
            CsvSafe.WriteRow(output, OutputHeader);
            progress = await BatchProgress.RunAsync(context, input, "Screening", p => OrderedPipeline.RunAsync(
                input.Rows().Select(row => Parse(row, columns, defaults)),
                item => Screen(item, corpus, screen),
                async (result, _) =>
                {
                    p.Advance();
                    if (result.Error is not null)
                    {
                        await p.RowErrorAsync(result.Item.Row, result.Error).ConfigureAwait(false);
                        return;
                    }
                    foreach (var hit in result.Hits)
                    {
                        CsvSafe.WriteRow(
                            output,
                            result.Item.Row.ToString(CultureInfo.InvariantCulture),
                            result.Item.Id,
                            result.Item.Name,
                            hit.Entity.Id,
                            hit.Entity.Source,
                            hit.Entity.Schema.ToString(),
                            hit.Explanation.MatchedName,
                            HitsView.Score(hit.Score),
                            string.Join("; ", hit.Entity.Programs));
                        hitsWritten++;
                    }
                },
                Environment.ProcessorCount,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        var skipped = progress.Errors > 0 ? string.Create(CultureInfo.InvariantCulture, $", {progress.Errors:N0} malformed rows skipped") : "";
        await context.Err.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Screened {progress.Rows - progress.Errors:N0} queries against {corpus.Index.Count:N0} entities{skipped}; wrote {hitsWritten:N0} hits to {outputPath}."))
            .ConfigureAwait(false);
        return progress.Errors > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private static Item Parse(CsvRow row, Columns columns, Defaults defaults)
    {
        var name = row.Get(columns.Name);
        var id = row.Get(columns.Id);
        if (row.Error is not null) return new Item(row.Number, id, name ?? "", null, row.Error);
        if (name is null) return new Item(row.Number, id, "", null, "no name");
        try
        {
            var query = new ScreeningQuery
            {
                Name = name,
                Schema = row.Get(columns.Schema) is { } schema ? Inputs.Schema(schema, "schema") : defaults.Schema,
                BirthDate = row.Get(columns.Dob) is { } dob ? Inputs.BirthDate(dob, "dob") : defaults.BirthDate,
                Country = row.Get(columns.Country) is { } country ? Inputs.Country(country, "country") : defaults.Country,
                Reference = id,
            };
            return new Item(row.Number, id, name, query, null);
        }
        catch (CliUsageException ex)
        {
            return new Item(row.Number, id, name, null, ex.Message);
        }
    }

    private static Result Screen(Item item, ScreeningCorpus corpus, ScreenOptions screen)
    {
        if (item.Query is null) return new Result(item, [], item.Error);
        return new Result(item, corpus.Screen(item.Query, screen), null);
    }

    private sealed record Columns(int Name, int Schema, int Dob, int Country, int Id);

    private sealed record Item(int Row, string? Id, string Name, ScreeningQuery? Query, string? Error);

    private sealed record Result(Item Item, IReadOnlyList<ScreeningHit> Hits, string? Error);
}
