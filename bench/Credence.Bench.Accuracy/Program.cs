using System.Globalization;
using Credence.Bench.Accuracy;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Text;

// Usage: dotnet run -c Release --project bench/Credence.Bench.Accuracy [-- path/to/cases.csv] [--errors]
var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
    ?? Path.Combine(BenchPaths.Shared(), "data", "matching", "opensanctions_name_bench_cases.csv");
var showErrors = args.Contains("--errors");
var cases = NameCase.Load(path);
var comparer = new NameComparer(new NameNormalizer(ScriptAwareTransliterator.Instance));
var scored = cases.Select(c => (Case: c, Score: comparer.Compare(c.Name1, c.Name2, c.Schema).Score)).ToList();
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
foreach (var t in Enumerable.Range(12, 8).Select(k => k * 0.05))
{
    var m = Metrics.Compute(scored.Select(g => (g.Case.IsMatch, g.Score)), t);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {t:0.00} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} |"));
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
