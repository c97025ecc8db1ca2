using System.CommandLine;
using Credence.Cli.Batch;
using Credence.Cli.Output;
using Credence.Core.Matching;

namespace Credence.Cli.Commands;

/// <summary><c>credence screen</c>: one name, or a CSV of them with --input/--output.</summary>
internal static class ScreenCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("NAME") { Description = "The name to screen, in any script.", Arity = ArgumentArity.ZeroOrOne };
        var schema = CommonOptions.Schema();
        var dob = new Option<string?>("--dob") { Description = "Date of birth: YYYY, YYYY-MM or YYYY-MM-DD.", HelpName = "DATE" };
        var country = new Option<string?>("--country") { Description = "A country: ISO code or name.", HelpName = "CODE" };
        var threshold = CommonOptions.Threshold();
        var limit = new Option<int>("--limit") { Description = "At most this many hits per query.", HelpName = "N", DefaultValueFactory = _ => 10 };
        var lists = new Option<string[]>("--lists")
        {
            Description = "List files or folders to screen directly, without the store.",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
        };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "Score every listed entity instead of the index's candidates (slow; for checking)." };
        var json = CommonOptions.Json();
        var db = CommonOptions.Database();
        var input = new Option<string?>("--input") { Description = "A CSV of queries (columns name, and optionally schema, dob, country, id).", HelpName = "FILE" };
        var output = new Option<string?>("--output") { Description = "Where --input writes its results (CSV).", HelpName = "FILE" };

        var command = new Command("screen", "Screen a name against the sanctions lists, or a CSV of names with --input.")
        {
            name, schema, dob, country, threshold, limit, lists, exhaustive, json, db, input, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var matching = Inputs.Matching(parse.GetValue(threshold));
            var screen = new ScreenOptions { Limit = Inputs.Limit(parse.GetValue(limit)), Exhaustive = parse.GetValue(exhaustive) };
            var querySchema = Inputs.Schema(parse.GetValue(schema));
            var queryDob = Inputs.BirthDate(parse.GetValue(dob));
            var queryCountry = Inputs.Country(parse.GetValue(country));
            var inputPath = parse.GetValue(input);
            var outputPath = parse.GetValue(output);
            var text = parse.GetValue(name);

            if (inputPath is not null || outputPath is not null)
            {
                if (text is not null) throw new CliUsageException("give either a NAME or --input FILE, not both");
                if (inputPath is null || outputPath is null) throw new CliUsageException("--input and --output go together");
                if (parse.GetValue(json)) throw new CliUsageException("--json does not apply to --input: the results are written as CSV to --output");
                using var csv = CsvInput.Open(Inputs.ExistingFile(inputPath));
                csv.RequiredColumn("name");
                var target = Inputs.OutputFile(outputPath);
                var batchCorpus = await CorpusSource.LoadAsync(context, parse.GetValue(lists), parse.GetValue(db), matching, cancellationToken)
                    .ConfigureAwait(false);
                return await BatchScreening.RunAsync(
                    context, csv, target, batchCorpus, new BatchScreening.Defaults(querySchema, queryDob, queryCountry), screen, cancellationToken)
                    .ConfigureAwait(false);
            }

            if (string.IsNullOrWhiteSpace(text)) throw new CliUsageException("give a NAME to screen, or --input FILE --output FILE");
            var query = new ScreeningQuery { Name = text, Schema = querySchema, BirthDate = queryDob, Country = queryCountry };
            var corpus = await CorpusSource.LoadAsync(context, parse.GetValue(lists), parse.GetValue(db), matching, cancellationToken)
                .ConfigureAwait(false);
            var hits = corpus.Screen(query, screen);
            if (parse.GetValue(json)) CliJson.Write(context.Out, ScreenJsonResult.From(query, corpus.Snapshots, hits));
            else HitsView.Render(context.OutConsole, query, corpus.Snapshots, hits, matching.Threshold);
            return ExitCodes.Success;
        });
        return command;
    }
}
