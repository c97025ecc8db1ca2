using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Credence.Bench;
using Credence.Bench.Screening;
using Credence.Bench.Web;
using Credence.Core.Entities;
using Credence.Store.Access;
using Credence.Store.Data;
using Credence.Store.Lists;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project bench/Credence.Bench.Web [-- --seconds 20 --clients 1,8,64 --server-arg ARG ...]
// (--server-arg passes a setting to the server, e.g. --server-arg --Credence:SqliteSynchronous=FULL; --server-dll PATH runs
// another build of the server, e.g. a copy of an older build's output; --compare-dll PATH starts a second server, a build to
// compare, on a copy of the same store, and alternates between the two every --slice seconds (default 3) through each level,
// so that both meet the same neighbours: on a shared machine, runs one after the other differ more than builds do;
// --warmup SECONDS, default 30, is how long each server is loaded with 8 clients before measuring: the JIT recompiles hot
// code with profile data for the first half minute or so, and a long-running server is measured, not its start-up)
// Imports every shared list into a new store, starts the server on it as a separate process, and measures single screenings
// over loopback HTTP: requests per second, p50 and p99, for each number of concurrent clients. Every request is a real
// screening, stored with its hits and alerts, as in production.
var seconds = 20;
int[] levels = [1, 8, 64];
var serverArgs = new List<string>();
string? serverDll = null;
string? compareDll = null;
var slice = 3;
var warmup = 30;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--server-arg") serverArgs.Add(args[i + 1]);
    if (args[i] == "--server-dll") serverDll = Path.GetFullPath(args[i + 1]);
    if (args[i] == "--compare-dll") compareDll = Path.GetFullPath(args[i + 1]);
    if (args[i] == "--slice") slice = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    if (args[i] == "--warmup") warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    if (args[i] == "--seconds") seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    if (args[i] == "--clients") levels = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}

var repo = FindRepo();
var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
var folder = Path.Combine(Path.GetTempPath(), "credence-bench-web-" + Path.GetRandomFileName());
Directory.CreateDirectory(folder);
var database = Path.Combine(folder, "credence.db");
try
{
    Console.WriteLine($"Importing the shared lists into {database} ...");
    var import = Stopwatch.StartNew();
    string key;
    List<SanctionEntity> entities;
    var db = await CredenceDatabase.OpenSqliteAsync(database);
    await using (db)
    {
        var result = await new ListImportWorkflow(db, TimeProvider.System).ImportAsync(SharedLists.Paths());
        if (!result.Succeeded) throw new InvalidOperationException("Import failed: " + string.Join("; ", result.Errors));
        entities = [.. (await new ActiveEntitiesQuery(db).LoadAsync()).Entities];
        await using var services = AccessServices.Create(db, TimeProvider.System);
        using var scope = services.CreateScope();
        key = (await scope.ServiceProvider.GetRequiredService<ApiKeyAdministration>().AddAsync("bench", CredenceRoles.Screener, "bench")).Secret!;
    }
    Console.WriteLine($"Imported {entities.Count:N0} entities in {import.Elapsed.TotalSeconds:0.0} s");
    var bodies = LoadRun.Bodies(QueryGenerator.Generate(entities, 20_000, seed: 42));

    var builds = new List<(string Label, string Dll)> { ("A", serverDll ?? ServerProcess.BuiltDll(repo, configuration)) };
    if (compareDll is not null)
    {
        // The second server gets its own copy of the store as imported: each stores what it screens.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(database, Path.Combine(folder, "credence-b.db"));
        builds.Add(("B", compareDll));
    }
    var servers = new List<ServerProcess>();
    try
    {
        foreach (var (label, dll) in builds)
        {
            var store = label == "A" ? database : Path.Combine(folder, "credence-b.db");
            var server = await ServerProcess.StartAsync(dll, store, FreePort(), serverArgs);
            servers.Add(server);
            Console.WriteLine($"Server {label} ({dll}{(serverArgs.Count > 0 ? " " + string.Join(' ', serverArgs) : "")}) up at {server.Address}");
        }
        Console.WriteLine($"Warming up for {warmup} s ...");
        foreach (var server in servers) await LoadRun.RunAsync(server.Address, key, bodies, 8, TimeSpan.FromSeconds(warmup), server.Process);

        Console.WriteLine();
        var alternation = servers.Count > 1 ? $", alternating A and B every {slice} s" : "";
        Console.WriteLine($"| Server | Clients | Requests | Errors | Requests/s | p50 ms | p99 ms | server CPU ms/req | client CPU ms/req | load |   ({seconds} s each{alternation}, {Environment.ProcessorCount} cores)");
        Console.WriteLine("|:------:|--------:|---------:|-------:|-----------:|-------:|-------:|------------------:|------------------:|-----:|");
        foreach (var clients in levels)
        {
            var samples = servers.Select(_ => new List<LoadSample>()).ToList();
            if (servers.Count == 1)
            {
                samples[0].Add(await LoadRun.RunAsync(servers[0].Address, key, bodies, clients, TimeSpan.FromSeconds(seconds), servers[0].Process));
            }
            else
            {
                for (var done = 0; done < seconds; done += slice)
                {
                    for (var s = 0; s < servers.Count; s++)
                    {
                        samples[s].Add(await LoadRun.RunAsync(servers[s].Address, key, bodies, clients, TimeSpan.FromSeconds(slice), servers[s].Process));
                    }
                }
            }
            for (var s = 0; s < servers.Count; s++)
            {
                var r = LoadRun.Summarize(samples[s]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {builds[s].Label,6} | {r.Clients,7} | {r.Requests,8:N0} | {r.Errors,6} | {r.RequestsPerSecond,10:N0} | {r.P50Ms,6:0.00} | {r.P99Ms,6:0.00} | {r.ServerCpuMs,17:0.000} | {r.ClientCpuMs,17:0.000} | {r.LoadAverage,4} |"));
            }
        }
    }
    finally
    {
        foreach (var server in servers) await server.DisposeAsync();
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try
    {
        Directory.Delete(folder, recursive: true);
    }
    catch (IOException)
    {
        Console.Error.WriteLine($"Could not remove {folder}");
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Credence.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new DirectoryNotFoundException("Run the benchmark from inside the repository.");
}
