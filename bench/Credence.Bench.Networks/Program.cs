using System.Diagnostics;
using System.Globalization;
using Credence.Bench.Networks;
using Credence.Core.Networks;

// Usage: dotnet run -c Release --project bench/Credence.Bench.Networks -- [edges=1000000] [queries=1000] [seed=42]
var edges = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var queries = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 42;
var at = new DateOnly(2025, 1, 1);

static double Mb(long bytes) => bytes / 1024.0 / 1024.0;

var baseline = GC.GetTotalMemory(forceFullCollection: true);
var clock = Stopwatch.StartNew();
var (builder, persons, companies) = GraphGenerator.Generate(edges, seed);
var generated = clock.Elapsed;
clock.Restart();
var graph = builder.Build();
var built = clock.Elapsed;
builder = null;
var graphBytes = GC.GetTotalMemory(forceFullCollection: true) - baseline;

var random = new Random(seed + 1);
var analyzer = new ExposureAnalyzer(graph);
var exposure = new LatencyStats("Exposure (OFAC, EU, UK + effective ownership)");
var neighbourhood = new LatencyStats("Neighbourhood, 4 hops, all edge types, max 10,000 nodes");
var neighbourhoodDated = new LatencyStats("Neighbourhood, 4 hops, ownership+control on a date");
var path = new LatencyStats("Shortest path, up to 6 hops");
var blocked = 0;
var truncated = 0;
long reached = 0;
string Company() => GraphGenerator.C(random.Next(companies));
string Anyone() => random.Next(2) == 0 ? GraphGenerator.C(random.Next(companies)) : GraphGenerator.P(random.Next(persons));

// Warm-up: JIT and caches, not measured.
for (var i = 0; i < 100; i++)
{
    analyzer.Exposure(Company(), at);
    graph.Neighbourhood(Anyone(), new NeighbourhoodQuery { MaxHops = 4 });
    graph.ShortestPath(Anyone(), Anyone());
}
for (var i = 0; i < queries; i++)
{
    var id = Company();
    exposure.Time(() => { if (analyzer.Exposure(id, at)!.Regimes[0].Blocked) blocked++; });
}
var sizes = new List<(double Ms, int Nodes, int Edges)>();
var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
for (var i = 0; i < queries; i++)
{
    var id = Anyone();
    NeighbourhoodResult? r = null;
    var t0 = Stopwatch.GetTimestamp();
    neighbourhood.Time(() => r = graph.Neighbourhood(id, new NeighbourhoodQuery { MaxHops = 4 })!);
    sizes.Add((Stopwatch.GetElapsedTime(t0).TotalMilliseconds, r!.Nodes.Count, r.Edges.Count));
    reached += r.Nodes.Count;
    if (r.Truncated) truncated++;
}
var gcAfter = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
for (var i = 0; i < queries; i++)
{
    var id = Company();
    neighbourhoodDated.Time(() => graph.Neighbourhood(id, new NeighbourhoodQuery { MaxHops = 4, At = at, EdgeTypes = [EdgeType.Ownership, EdgeType.Control] }));
}
var found = 0;
for (var i = 0; i < queries; i++)
{
    var (a, b) = (Anyone(), Anyone());
    path.Time(() => { if (graph.ShortestPath(a, b) is not null) found++; });
}
var process = Process.GetCurrentProcess();
process.Refresh();

var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"Graph: {graph.NodeCount:N0} nodes ({persons:N0} people, {companies:N0} companies), {graph.EdgeCount:N0} edges, seed {seed}"));
Console.WriteLine(string.Create(inv, $"Generate: {generated.TotalSeconds:0.00} s; Build(): {built.TotalSeconds:0.00} s"));
Console.WriteLine(string.Create(inv, $"Managed heap held by the graph (GC.GetTotalMemory after build, builder released): {Mb(graphBytes):0.0} MiB"));
Console.WriteLine(string.Create(inv, $"Process working set at end: {Mb(process.WorkingSet64):0.0} MiB; peak: {Mb(process.PeakWorkingSet64):0.0} MiB"));
Console.WriteLine();
Console.WriteLine(LatencyStats.Header);
foreach (var s in new[] { exposure, neighbourhood, neighbourhoodDated, path }) Console.WriteLine(s.Row());
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"OFAC-blocked companies among exposure queries: {blocked}; 4-hop neighbourhoods truncated at 10,000 nodes: {truncated}; mean nodes reached: {reached / (double)queries:0}; paths found: {found}"));
Console.WriteLine(string.Create(inv, $"Garbage collections during the 4-hop neighbourhood run (gen0/gen1/gen2): {gcAfter.Item1 - gcBefore.Item1}/{gcAfter.Item2 - gcBefore.Item2}/{gcAfter.Item3 - gcBefore.Item3}"));
Console.WriteLine("Slowest 4-hop neighbourhoods (ms, nodes, edges): " + string.Join("; ", sizes.OrderByDescending(x => x.Ms).Take(8).Select(x => string.Create(inv, $"{x.Ms:0.0}, {x.Nodes}, {x.Edges}"))));
Console.WriteLine(string.Create(inv, $"4-hop neighbourhood size: p50 {Pct(sizes, 50)} nodes, p99 {Pct(sizes, 99)} nodes, max {sizes.Max(x => x.Nodes)}"));
GC.KeepAlive(graph);

// Stress: the same number of edges as a dense random ownership DAG, so each exposure query walks thousands of owners.
graph = null!;
analyzer = null!;
GC.Collect();
var dense = GraphGenerator.GenerateDense(edges, seed).Build();
var denseAnalyzer = new ExposureAnalyzer(dense);
var denseExposure = new LatencyStats("Exposure on the dense stress graph (late companies)");
var denseCompanies = dense.NodeCount;
for (var i = 0; i < 20; i++) denseAnalyzer.Exposure(GraphGenerator.C(denseCompanies - 1 - random.Next(denseCompanies / 2)), at);
var upstreamTruncated = 0;
for (var i = 0; i < queries / 5; i++)
{
    var id = GraphGenerator.C(denseCompanies - 1 - random.Next(denseCompanies / 2));
    denseExposure.Time(() =>
    {
        if (denseAnalyzer.Exposure(id, at)!.Warnings.Any(w => w.Code == NetworkWarningCodes.UpstreamTruncated)) upstreamTruncated++;
    });
}
Console.WriteLine();
Console.WriteLine(string.Create(inv, $"Dense stress graph: {dense.NodeCount:N0} companies, {dense.EdgeCount:N0} ownership edges; upstream truncated at 200,000 owners in {upstreamTruncated} of {denseExposure.Count} queries"));
Console.WriteLine(LatencyStats.Header);
Console.WriteLine(denseExposure.Row());

static int Pct(List<(double Ms, int Nodes, int Edges)> sizes, double p)
{
    var sorted = sizes.Select(x => x.Nodes).Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
