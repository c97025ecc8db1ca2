using System.Globalization;
using System.Text;

namespace Credence.Core.Networks;

/// <summary>Plain-text rendering of an exposure result, for the command line and reports.</summary>
public static class ExposureText
{
    /// <summary>
    /// Several lines: the entity and day, the effective ownership, one line per regime (blocked or not, why, the counted share) with
    /// its explained chains, then the warnings. Percentages are rounded to two decimals.
    /// </summary>
    public static string Format(ExposureResult result, NetworkGraph? graph = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var inv = CultureInfo.InvariantCulture;
        var name = graph?.FindNode(result.EntityId)?.Name;
        var sb = new StringBuilder();
        sb.Append(name is null ? result.EntityId : $"{name} ({result.EntityId})");
        sb.Append(inv, $" on {result.At:yyyy-MM-dd}: listed parties own {Percent(result.EffectiveOwnership)} economically.").AppendLine();
        foreach (var regime in result.Regimes)
        {
            var verdict = regime.Blocked
                ? regime.Basis switch
                {
                    ExposureBasis.Listed => "blocked: listed",
                    ExposureBasis.Control => "blocked: controlled by a listed party",
                    _ => "blocked: owned by listed parties",
                }
                : "not blocked";
            sb.Append(inv, $"{regime.Regime}: {verdict}; counted share {Percent(regime.Aggregate)}.").AppendLine();
            foreach (var path in regime.Paths)
            {
                var share = path.Share is { } s ? Percent(s) : "control";
                sb.Append(inv, $"  - {share}: {path.Explanation ?? string.Join(", ", path.Steps.Select(st => $"{st.From} -> {st.To}"))}").AppendLine();
            }
        }
        if (result.Warnings.Count > 0)
        {
            sb.AppendLine("Warnings:");
            foreach (var warning in result.Warnings) sb.Append(inv, $"  - {warning.Code}: {warning.Message}").AppendLine();
        }
        return sb.ToString();
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
