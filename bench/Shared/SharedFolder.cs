namespace Credence.Bench;

/// <summary>Finds ../shared beside the repository (or CREDENCE_SHARED), for every benchmark that reads the shared data.</summary>
internal static class SharedFolder
{
    public static string Root()
    {
        var env = Environment.GetEnvironmentVariable("CREDENCE_SHARED");
        if (!string.IsNullOrEmpty(env)) return env;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data"))) return candidate;
            dir = dir.Parent;
        }
        throw new DirectoryNotFoundException("../shared/data not found beside the repository; set CREDENCE_SHARED.");
    }
}
