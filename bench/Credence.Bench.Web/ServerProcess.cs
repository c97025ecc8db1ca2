using System.Diagnostics;

namespace Credence.Bench.Web;

/// <summary>The Credence server started as a separate process, as a user runs it, on a store and port of the benchmark's.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The server's process, for its CPU time.</summary>
    public Process Process => _process;

    /// <summary>The server this repository's build made.</summary>
    public static string BuiltDll(string repoRoot, string configuration)
    {
        var dll = Path.Combine(repoRoot, "src", "Credence.Web", "bin", configuration, "net10.0", "Credence.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the server first: dotnet build -c {configuration} src/Credence.Web", dll);
    }

    public static async Task<ServerProcess> StartAsync(string dll, string database, int port, IReadOnlyList<string> extraArgs)
    {
        if (!File.Exists(dll)) throw new FileNotFoundException("No server at " + dll, dll);
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", address.ToString().TrimEnd('/'), "--db", database },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in extraArgs) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, address);
        await server.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < limit)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The server exited with code {_process.ExitCode}.");
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still building its index.
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The server did not become healthy within " + limit);
    }
}
