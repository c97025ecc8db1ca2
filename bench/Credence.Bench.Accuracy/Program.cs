using System.Globalization;
using Credence.Bench;
using Credence.Bench.Accuracy;
using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Common;
using Credence.Lists.Text;

// Usage: dotnet run -c Release --project bench/Credence.Bench.Accuracy [-- path/to/cases.csv] [--errors] [--scores] [--explain] [--negatives]
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.Combine(Credence.Bench.SharedFolder.Root(), "data", "matching", "opensanctions_name_bench_cases.csv");
var showErrors = args.Contains("--errors");
var showScores = args.Contains("--scores");
var explain = args.Contains("--explain");
var screenNegatives = args.Contains("--negatives");
var cases = NameCase.Load(path);
var comparer = new NameComparer(new NameNormalizer(ScriptAwareTransliterator.Instance));
var compared = cases.Select(c => (Case: c, Comparison: comparer.Compare(c.Name1, c.Name2, c.Schema))).ToList();
var scored = compared.Select(x => (x.Case, x.Comparison.Score)).ToList();
var threshold = new MatchingOptions().Threshold;

Console.WriteLine($"Cases: {cases.Count} from {path}");
Console.WriteLine($"Default threshold {threshold.ToString("0.00", CultureInfo.InvariantCulture)}");
Console.WriteLine();
Console.WriteLine("| group | pairs | precision | recall | F1 |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var group in scored.GroupBy(s => s.Case.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine(Metrics.Row(group.Key, group.Select(g => (g.Case.IsMatch, g.Score)), threshold));
}
Console.WriteLine(Metrics.Row("**all**", scored.Select(g => (g.Case.IsMatch, g.Score)), threshold));
Console.WriteLine();
Console.WriteLine("| threshold | precision | recall | F1 |");
Console.WriteLine("|---:|---:|---:|---:|");
foreach (var t in Enumerable.Range(12, 8).Select(k => Math.Round(k * 0.05, 2)))
{
    var m = Metrics.Compute(scored.Select(g => (g.Case.IsMatch, g.Score)), t);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t:0.00} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} |"));
}
// Side by side with OpenSanctions' logic-v2 reference scores, on the pairs both scored, each at its own threshold.
var referencePath = Path.Combine(Path.GetDirectoryName(path)!, "opensanctions_name_bench_logicv2_scores.csv");
if (File.Exists(referencePath))
{
    var reference = ReferenceScores.Load(referencePath);
    var both = scored.Where(s => reference.ContainsKey(ReferenceScores.Key(s.Case))).ToList();
    Console.WriteLine();
    Console.WriteLine($"Side by side on the {both.Count} pairs that logic-v2 also scored (Credence at {threshold.ToString("0.00", CultureInfo.InvariantCulture)}, logic-v2 at {ReferenceScores.Threshold.ToString("0.00", CultureInfo.InvariantCulture)}):");
    Console.WriteLine();
    Console.WriteLine("| group | pairs | Credence P | R | F1 | logic-v2 P | R | F1 |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var group in both.GroupBy(s => s.Case.Group).OrderBy(g => g.Key, StringComparer.Ordinal).Append(both.GroupBy(_ => "**all**").Single()))
    {
        var ours = Metrics.Compute(group.Select(g => (g.Case.IsMatch, g.Score)), threshold);
        var theirs = Metrics.Compute(group.Select(g => (g.Case.IsMatch, reference[ReferenceScores.Key(g.Case)])), ReferenceScores.Threshold);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {group.Key} | {ours.Pairs} | {ours.Precision:0.000} | {ours.Recall:0.000} | {ours.F1:0.000} | {theirs.Precision:0.000} | {theirs.Recall:0.000} | {theirs.F1:0.000} |"));
    }
}

if (showErrors)
{
    Console.WriteLine();
    foreach (var (c, s) in scored.Where(x => (x.Score >= threshold) != x.Case.IsMatch).OrderBy(x => x.Case.Group, StringComparer.Ordinal))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(c.IsMatch ? "FN" : "FP")} {s:0.000} [{c.Group}/{c.Schema}] {c.Name1} | {c.Name2}   ({c.Notes})"));
    }
}

// Every pair with its score, in file order: diff two runs to see what a change moved.
if (showScores)
{
    Console.WriteLine();
    foreach (var (c, s) in scored)
    {
        var verdict = (s >= threshold) == c.IsMatch ? "ok" : c.IsMatch ? "FN" : "FP";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verdict} {s:0.000} {(c.IsMatch ? "same" : "diff")} [{c.Group}/{c.Schema}] {c.Name1} | {c.Name2}"));
    }
}

// Every pair with its token alignment: which token met which, how alike, and how much each counted.
if (explain)
{
    Console.WriteLine();
    foreach (var (c, comparison) in compared)
    {
        var s = comparison.Score;
        var verdict = (s >= threshold) == c.IsMatch ? "ok" : c.IsMatch ? "FN" : "FP";
        var tokens = string.Join("  ", comparison.Tokens.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"{t.QueryToken ?? "-"}~{t.ListToken ?? "-"} {t.Similarity:0.00}/{t.Weight:0.00} {t.How}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{verdict} {s:0.000} {(c.IsMatch ? "same" : "diff")} [{c.Group}/{c.Schema}] {c.Name1} | {c.Name2}   {{{tokens}}}"));
    }
}

// Real companies on no list, screened as organisations against every shared list: each hit at the default threshold is a
// false alert a user would have to clear.
if (screenNegatives)
{
    var report = new ListLoader().Load(SharedLists.Paths());
    var index = ScreeningIndex.Build(report.Lists.SelectMany(l => l.Result.Entities), new NameNormalizer(ScriptAwareTransliterator.Instance));
    var negatives = Path.Combine(Path.GetDirectoryName(path)!, "perchrh_norwegian_company_negatives.csv");
    var names = File.ReadLines(negatives).Skip(1).Select(l => l[(l.IndexOf(';', StringComparison.Ordinal) + 1)..]).ToList();
    var alerted = 0;
    Console.WriteLine();
    foreach (var name in names)
    {
        var hits = index.Screen(new ScreeningQuery { Name = name, Schema = EntitySchema.Organization });
        if (hits.Count == 0) continue;
        alerted++;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hit {hits[0].Score:0.00} {name} -> {hits[0].Explanation.MatchedName}"));
    }
    Console.WriteLine($"{alerted} of {names.Count} companies on no list had a hit at the default threshold ({index.Count:N0} entities indexed)");
}
