using System.Globalization;

namespace Credence.Bench.Accuracy;

/// <summary>Precision, recall and F1 of scores against labels at a threshold.</summary>
internal readonly record struct Metrics(int Pairs, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Metrics Compute(IEnumerable<(bool IsMatch, double Score)> items, double threshold)
    {
        int n = 0, tp = 0, fp = 0, fn = 0;
        foreach (var (isMatch, score) in items)
        {
            n++;
            var predicted = score >= threshold;
            if (predicted && isMatch) tp++;
            else if (predicted) fp++;
            else if (isMatch) fn++;
        }
        return new Metrics(n, tp, fp, fn);
    }

    public static string Row(string label, IEnumerable<(bool IsMatch, double Score)> items, double threshold)
    {
        var m = Compute(items, threshold);
        return string.Create(CultureInfo.InvariantCulture, $"| {label} | {m.Pairs} | {m.Precision:0.000} | {m.Recall:0.000} | {m.F1:0.000} |");
    }
}
