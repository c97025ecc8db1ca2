namespace Credence.TestSupport;

/// <summary>
/// Finds the read-only shared data folder (<c>../shared</c> beside the repository, or <c>CREDENCE_SHARED</c>), so tests on the
/// real lists run in CI and skip with a clear message on a clone that lacks it.
/// </summary>
internal static class SharedData
{
    public const string MissingMessage =
        "../shared/data is not beside this clone (set CREDENCE_SHARED to its folder); real-data tests are skipped.";

    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The shared folder (the one holding data/ and letters/), or null.</summary>
    public static string? Folder => Root.Value;

    public static bool Available => Root.Value is not null;

    /// <summary>A path below shared/, e.g. Path("data", "ofac", "sdn_full_2024-05-03", "sdn.csv").</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root.Value ?? throw new InvalidOperationException(MissingMessage), .. parts]);

    /// <summary>The repository root (the folder holding Credence.slnx).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Credence.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Credence.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CREDENCE_SHARED");
        if (!string.IsNullOrEmpty(fromEnv)) return Directory.Exists(System.IO.Path.Combine(fromEnv, "data")) ? fromEnv : null;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "data"))) return candidate;
            dir = dir.Parent;
        }
        return null;
    }
}
