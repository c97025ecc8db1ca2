using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.Eu;

/// <summary>
/// Length caps for text read from EU files. No real name is near 4,096 characters; a field past its cap is a broken or hostile file,
/// and keeping it whole would make every later step (normalising, indexing, storing) pay for it.
/// </summary>
internal static class EuFieldLimits
{
    /// <summary>Names and short fields (ids, codes, dates, places): 4,096 characters.</summary>
    public const int Name = 4_096;

    /// <summary>Remarks and other free text, and the names CSV's whole alias cell: 65,536 characters.</summary>
    public const int Text = 65_536;

    /// <summary>
    /// Returns <paramref name="value"/> cut to <paramref name="max"/> characters, adding a warning when it was longer.
    /// Null stays null. A cut never splits a surrogate pair.
    /// </summary>
    public static string? Cap(string? value, int max, string file, string location, string field, ICollection<ParseDiagnostic> diagnostics)
    {
        if (value is null || value.Length <= max) return value;
        var keep = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        diagnostics.Add(new ParseDiagnostic(file, location, field, string.Create(CultureInfo.InvariantCulture,
            $"value is {value.Length:N0} characters long; kept the first {keep:N0}.")));
        return value[..keep];
    }
}
