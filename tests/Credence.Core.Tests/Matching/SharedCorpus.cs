using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Common;
using Credence.Lists.Text;
using Credence.TestSupport;

namespace Credence.Core.Tests.Matching;

/// <summary>The newest version of every list in ../shared/data, read once and indexed once for all real-data tests.</summary>
internal static class SharedCorpus
{
    private static readonly Lazy<(ScreeningIndex Index, IReadOnlyList<SanctionEntity> Entities)> Loaded = new(Load);

    public static ScreeningIndex Index => Loaded.Value.Index;

    public static IReadOnlyList<SanctionEntity> Entities => Loaded.Value.Entities;

    private static (ScreeningIndex, IReadOnlyList<SanctionEntity>) Load()
    {
        string[] paths =
        [
            SharedData.Path("data", "ofac", "sdn_full_2024-05-03", "sdn.csv"),
            SharedData.Path("data", "ofac", "consolidated_non_sdn_csv_2025-12", "cons_prim.csv"),
            SharedData.Path("data", "un", "un_consolidated_2026-02-27.xml"),
            SharedData.Path("data", "uk", "ofsi_conlist_2025-04-10.converted.csv"),
            SharedData.Path("data", "canada", "sema-lmes_2025-03.xml"),
            SharedData.Path("data", "eu", "eu_fsf_2025_names_derived.csv"),
            SharedData.Path("data", "opensanctions", "ua_war_sanctions_targets.simple.csv"),
        ];
        var report = new ListLoader().Load(paths);
        Assert.True(report.Succeeded, string.Join("; ", report.Errors));
        var entities = report.Lists.SelectMany(l => l.Result.Entities).ToList();
        return (ScreeningIndex.Build(entities, new NameNormalizer(ScriptAwareTransliterator.Instance)), entities);
    }
}
