using System.CommandLine;
using System.Globalization;
using Credence.Cli.Batch;
using Credence.Cli.Output;
using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Store.Screening;
using Spectre.Console;

namespace Credence.Cli.Commands;

/// <summary><c>credence compare</c>: how alike two names are, or a CSV of pairs with --pairs/--output.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Argument<string?>("NAME1") { Description = "The first name.", Arity = ArgumentArity.ZeroOrOne };
        var second = new Argument<string?>("NAME2") { Description = "The second name.", Arity = ArgumentArity.ZeroOrOne };
        var schema = CommonOptions.Schema();
        var threshold = CommonOptions.Threshold();
        var json = CommonOptions.Json();
        var pairs = new Option<string?>("--pairs") { Description = "A CSV of pairs (columns name1, name2 and optionally schema).", HelpName = "FILE" };
        var output = new Option<string?>("--output") { Description = "Where --pairs writes the scored pairs (CSV).", HelpName = "FILE" };

        var command = new Command("compare", "Score how alike two names are, or a CSV of name pairs with --pairs.")
        {
            first, second, schema, threshold, json, pairs, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var matching = Inputs.Matching(parse.GetValue(threshold));
            var defaultSchema = Inputs.Schema(parse.GetValue(schema)) ?? EntitySchema.Unknown;
            var pairsPath = parse.GetValue(pairs);
            var outputPath = parse.GetValue(output);
            var a = parse.GetValue(first);
            var b = parse.GetValue(second);

            if (pairsPath is not null || outputPath is not null)
            {
                if (a is not null) throw new CliUsageException("give either two names or --pairs FILE, not both");
                if (pairsPath is null || outputPath is null) throw new CliUsageException("--pairs and --output go together");
                using var csv = CsvInput.Open(Inputs.ExistingFile(pairsPath));
                csv.RequiredColumn("name1");
                csv.RequiredColumn("name2");
                return await PairScoring.RunAsync(context, csv, Inputs.OutputFile(outputPath), Comparer(), matching.Threshold, cancellationToken)
                    .ConfigureAwait(false);
            }

            if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
                throw new CliUsageException("give two names to compare, or --pairs FILE --output FILE");
            var comparison = Comparer().Compare(a, b, defaultSchema);
            var isMatch = comparison.Score >= matching.Threshold;
            if (parse.GetValue(json))
            {
                CliJson.Write(context.Out, new
                {
                    name1 = a,
                    name2 = b,
                    schema = defaultSchema == EntitySchema.Unknown ? null : defaultSchema.ToString(),
                    score = comparison.Score,
                    threshold = matching.Threshold,
                    match = isMatch,
                    tokens = comparison.Tokens,
                    rules = comparison.Rules,
                });
            }
            else
            {
                Render(context.OutConsole, a, b, comparison, matching.Threshold, isMatch);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static NameComparer Comparer() => new(ScreeningCorpus.CreateNormalizer());

    private static void Render(IAnsiConsole console, string a, string b, NameComparison comparison, double threshold, bool isMatch)
    {
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"\"{a}\" vs \"{b}\": score {HitsView.Score(comparison.Score)}, {(isMatch ? "a match" : "not a match")} at threshold {threshold:0.00}"));
        var table = new Table().Border(console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii2)
            .AddColumns("Token 1", "Token 2", "How", "Similarity", "Weight");
        foreach (var token in comparison.Tokens)
        {
            table.AddRow(
                new Text(token.QueryToken ?? "-"),
                new Text(token.ListToken ?? "-"),
                new Text(token.How),
                new Text(HitsView.Score(token.Similarity)),
                new Text(token.Weight.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        if (comparison.Tokens.Count > 0) console.Write(table);
        foreach (var rule in comparison.Rules) console.WriteLine("Rule: " + rule);
    }
}
