using System.Diagnostics;
using System.Globalization;
using Credence.Bench;
using Credence.Bench.Screening;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Common;
using Credence.Lists.Text;
using FuzzySharp;

// Usage: dotnet run -c Release --project bench/Credence.Bench.Screening [-- --queries N] [--warm-passes N] [--dump hits.txt]
var queryCount = ArgInt("--queries", 10_000);
var exhaustiveCount = ArgInt("--exhaustive", 200);
var fuzzyCount = ArgInt("--fuzzysharp", 100);
var recallCount = ArgInt("--recall", 500);
var warmPasses = Math.Max(1, ArgInt("--warm-passes", 1));
var inv = CultureInfo.InvariantCulture;

var total = Stopwatch.StartNew();
var report = new ListLoader().Load(SharedLists.Paths());
foreach (var error in report.Errors) Console.Error.WriteLine(error);
var loadTime = total.Elapsed;
var entities = report.Lists.SelectMany(l => l.Result.Entities).ToList();

GC.Collect();
GC.WaitForPendingFinalizers();
var before = GC.GetTotalMemory(forceFullCollection: true);
var build = Stopwatch.StartNew();
var normalizer = new NameNormalizer(ScriptAwareTransliterator.Instance);
var index = ScreeningIndex.Build(entities, normalizer);
var buildTime = build.Elapsed;
var importAndIndex = total.Elapsed;
var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;

var queries = QueryGenerator.Generate(entities, queryCount, seed: 20211122);
// Warm the JIT on other queries, so that the first timed pass still meets every query token for the first time.
foreach (var q in QueryGenerator.Generate(entities, 300, seed: 7)) index.Screen(new ScreeningQuery { Name = q });

// One core, cold: queries one after another, each timed; each token's neighbours are looked up the first time it is seen.
var coldLatencies = new double[queries.Count];
var coldCpu = Environment.CpuUsage.TotalTime;
var cold = Stopwatch.StartNew();
var hitCount = 0L;
for (var i = 0; i < queries.Count; i++)
{
    var start = Stopwatch.GetTimestamp();
    hitCount += index.Screen(new ScreeningQuery { Name = queries[i] }).Count;
    coldLatencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}
var coldTime = cold.Elapsed;
coldCpu = Environment.CpuUsage.TotalTime - coldCpu;

// One core, warm: the same queries again, every token's neighbours remembered (as in a long-running server or a big batch).
// With --warm-passes N the pass runs N times and the fastest is reported: on a shared machine the others measure the neighbours.
var latencies = new double[queries.Count];
var singleTime = TimeSpan.MaxValue;
var warmCpu = TimeSpan.MaxValue;
for (var pass = 0; pass < warmPasses; pass++)
{
    var passLatencies = new double[queries.Count];
    var passCpu = Environment.CpuUsage.TotalTime;
    var single = Stopwatch.StartNew();
    for (var i = 0; i < queries.Count; i++)
    {
        var start = Stopwatch.GetTimestamp();
        index.Screen(new ScreeningQuery { Name = queries[i] });
        passLatencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    if (single.Elapsed < singleTime) (singleTime, latencies) = (single.Elapsed, passLatencies);
    passCpu = Environment.CpuUsage.TotalTime - passCpu;
    if (passCpu < warmCpu) warmCpu = passCpu;
}

// All cores: the same queries in parallel.
var parallel = Stopwatch.StartNew();
Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
    i => index.Screen(new ScreeningQuery { Name = queries[i] }));
var parallelTime = parallel.Elapsed;

// The same engine scoring every name, on a sample.
var sample = queries.Where((_, i) => i % Math.Max(1, queries.Count / exhaustiveCount) == 0).Take(exhaustiveCount).ToList();
var exhaustiveLatencies = new List<double>();
foreach (var q in sample)
{
    var start = Stopwatch.GetTimestamp();
    index.Screen(new ScreeningQuery { Name = q }, new ScreenOptions { Exhaustive = true });
    exhaustiveLatencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}

// Brute-force FuzzySharp: token-set ratio of the query against every name, best ten kept.
var allNames = entities.SelectMany(e => e.Names.Select(n => n.Value)).ToArray();
var fuzzyLatencies = new List<double>();
foreach (var q in sample.Take(fuzzyCount))
{
    var start = Stopwatch.GetTimestamp();
    var top = new PriorityQueue<string, int>();
    foreach (var name in allNames)
    {
        var score = Fuzz.TokenSetRatio(q, name);
        top.Enqueue(name, score);
        if (top.Count > 10) top.Dequeue();
    }
    fuzzyLatencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
}

// Recall of the index against exhaustive scoring above the default threshold.
var recallSample = queries.Where((_, i) => i % Math.Max(1, queries.Count / recallCount) == 0).Take(recallCount).ToList();
long exhaustiveHits = 0, keptHits = 0;
foreach (var q in recallSample)
{
    var all = index.Screen(new ScreeningQuery { Name = q }, new ScreenOptions { Exhaustive = true, Limit = int.MaxValue });
    var found = index.Screen(new ScreeningQuery { Name = q }, new ScreenOptions { Limit = int.MaxValue }).Select(h => h.Entity.Id).ToHashSet();
    if (args.Contains("--show-misses"))
    {
        foreach (var h in all.Where(h => !found.Contains(h.Entity.Id))) Console.Error.WriteLine($"missed: \"{q}\" -> \"{h.Explanation.MatchedName}\" {h.Score}");
    }
    exhaustiveHits += all.Count;
    keptHits += all.Count(h => found.Contains(h.Entity.Id));
}

// Every query's hits (entity, score, matched name), to check that a change to the index leaves results as they were.
var dumpAt = Array.IndexOf(args, "--dump");
if (dumpAt >= 0 && dumpAt + 1 < args.Length)
{
    using var dump = new StreamWriter(args[dumpAt + 1]);
    foreach (var q in queries)
    {
        foreach (var h in index.Screen(new ScreeningQuery { Name = q }))
        {
            dump.WriteLine(string.Create(inv, $"{q}\t{h.Entity.Id}\t{h.Score:R}\t{h.Explanation.MatchedName}"));
        }
    }
}

Array.Sort(latencies);
Array.Sort(coldLatencies);
Console.WriteLine(string.Create(inv, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInfo()}; {TimeProvider.System.GetUtcNow():yyyy-MM-dd}"));
Console.WriteLine(string.Create(inv, $"Lists: {report.Lists.Count} files, {entities.Count:N0} entities, {index.NameCount:N0} distinct names"));
Console.WriteLine();
Console.WriteLine("| measure | value |");
Console.WriteLine("|---|---:|");
Console.WriteLine(string.Create(inv, $"| read all lists | {loadTime.TotalSeconds:0.00} s |"));
Console.WriteLine(string.Create(inv, $"| build index | {buildTime.TotalSeconds:0.00} s |"));
Console.WriteLine(string.Create(inv, $"| read + index, total | {importAndIndex.TotalSeconds:0.00} s |"));
Console.WriteLine(string.Create(inv, $"| index memory (managed heap growth) | {indexBytes / 1048576.0:0} MB |"));
Console.WriteLine(string.Create(inv, $"| process peak working set | {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB |"));
Console.WriteLine(string.Create(inv, $"| queries | {queries.Count:N0} ({hitCount:N0} hits at the default threshold) |"));
Console.WriteLine(string.Create(inv, $"| one core, cold (first sight of every token): queries/s | {queries.Count / coldTime.TotalSeconds:N0} |"));
Console.WriteLine(string.Create(inv, $"| one core, cold: p50 / p99 latency | {Percentile(coldLatencies, 0.50):0.000} / {Percentile(coldLatencies, 0.99):0.000} ms |"));
Console.WriteLine(string.Create(inv, $"| one core, warm (same queries again): queries/s | {queries.Count / singleTime.TotalSeconds:N0} |"));
Console.WriteLine(string.Create(inv, $"| one core, warm: p50 / p99 latency | {Percentile(latencies, 0.50):0.000} / {Percentile(latencies, 0.99):0.000} ms |"));
// Process CPU time (JIT and GC threads included) is steadier than wall time when other work shares the machine.
Console.WriteLine(string.Create(inv, $"| one core, CPU time per query, cold / warm | {coldCpu.TotalMilliseconds / queries.Count:0.000} / {warmCpu.TotalMilliseconds / queries.Count:0.000} ms |"));
Console.WriteLine(string.Create(inv, $"| all {Environment.ProcessorCount} cores, warm: queries/s | {queries.Count / parallelTime.TotalSeconds:N0} |"));
Console.WriteLine(string.Create(inv, $"| exhaustive, same engine ({sample.Count} queries): p50 | {Median(exhaustiveLatencies):0.0} ms ({1000 / Median(exhaustiveLatencies):0.0} queries/s) |"));
Console.WriteLine(string.Create(inv, $"| FuzzySharp token-set ratio, brute force ({fuzzyLatencies.Count} queries): p50 | {Median(fuzzyLatencies):0.0} ms ({1000 / Median(fuzzyLatencies):0.0} queries/s) |"));
Console.WriteLine(string.Create(inv, $"| index recall of exhaustive hits ({recallSample.Count} queries) | {(exhaustiveHits == 0 ? 1 : (double)keptHits / exhaustiveHits):P2} ({keptHits:N0} of {exhaustiveHits:N0}) |"));
return;

int ArgInt(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static double Median(List<double> values)
{
    var sorted = values.Order().ToArray();
    return Percentile(sorted, 0.5);
}

static string RuntimeInfo() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
