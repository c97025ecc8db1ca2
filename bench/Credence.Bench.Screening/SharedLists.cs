namespace Credence.Bench.Screening;

/// <summary>The newest version of every list in ../shared/data, which the benchmarks load together.</summary>
internal static class SharedLists
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

    public static IReadOnlyList<string> Paths()
    {
        var data = Path.Combine(Root(), "data");
        return
        [
            Path.Combine(data, "ofac", "sdn_full_2024-05-03", "sdn.csv"),
            Path.Combine(data, "ofac", "consolidated_non_sdn_csv_2025-12", "cons_prim.csv"),
            Path.Combine(data, "un", "un_consolidated_2026-02-27.xml"),
            Path.Combine(data, "uk", "ofsi_conlist_2025-04-10.converted.csv"),
            Path.Combine(data, "canada", "sema-lmes_2025-03.xml"),
            Path.Combine(data, "eu", "eu_fsf_2025_names_derived.csv"),
            Path.Combine(data, "opensanctions", "ua_war_sanctions_targets.simple.csv"),
        ];
    }
}
