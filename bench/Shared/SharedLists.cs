namespace Credence.Bench;

/// <summary>The newest version of every list in ../shared/data, which the benchmarks load together.</summary>
internal static class SharedLists
{
    public static IReadOnlyList<string> Paths()
    {
        var data = Path.Combine(SharedFolder.Root(), "data");
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
