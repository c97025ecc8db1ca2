namespace Credence.Core.Matching;

/// <summary>
/// The forms under which a published name is indexed. Lists often write an acronym or an older name in brackets
/// ("Myanma Economic Holdings Limited (MEHL)"): the name is also indexed without the bracketed part, and a bracketed single word
/// of two letters or more on its own.
/// </summary>
internal static class NameVariants
{
    public static IEnumerable<string> Of(string name)
    {
        yield return name;
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open < 0) yield break;
        var close = name.IndexOf(')', open + 1);
        if (close < 0) yield break;
        var outside = string.Concat(name.AsSpan(0, open), " ", name.AsSpan(close + 1)).Trim();
        if (outside.Length > 0) yield return outside;
        var inside = name[(open + 1)..close].Trim();
        if (inside.Length >= 2 && !inside.Contains(' ', StringComparison.Ordinal)) yield return inside;
    }
}
