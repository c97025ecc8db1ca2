using System.Globalization;
using CsvHelper;

namespace Credence.Bench.Accuracy;

/// <summary>OpenSanctions' logic-v2 scores for the same pairs (contrib/name_bench/run_data/logicv2-frozen.csv).</summary>
internal static class ReferenceScores
{
    /// <summary>The threshold logic-v2's own run used for predicted_match.</summary>
    public const double Threshold = 0.70;

    public static string Key(NameCase c) => $"{c.Group}\u0001{c.Name1}\u0001{c.Name2}";

    public static Dictionary<string, double> Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var key = $"{csv.GetField("case_group")}\u0001{csv.GetField("name1")}\u0001{csv.GetField("name2")}";
            scores[key] = double.Parse(csv.GetField("score") ?? "0", CultureInfo.InvariantCulture);
        }
        return scores;
    }
}
