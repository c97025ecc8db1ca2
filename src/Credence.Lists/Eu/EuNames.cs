using Credence.Core.Entities;

namespace Credence.Lists.Eu;

/// <summary>Name helpers shared by the EU mappers.</summary>
internal static class EuNames
{
    /// <summary>
    /// The name a set of name parts spells, as published: the whole name when given (outer spaces trimmed, inner spacing kept),
    /// else the non-empty parts joined by single spaces. Null when every part is empty.
    /// </summary>
    public static string? Compose(string? wholeName, params string?[] parts)
    {
        if (!string.IsNullOrWhiteSpace(wholeName)) return wholeName.Trim();
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()).ToArray();
        return present.Length == 0 ? null : string.Join(' ', present);
    }

    /// <summary>Adds a name unless the same text (ordinal) is already there: lists repeat names across regulations.</summary>
    public static void AddDistinct(List<EntityName> names, EntityName name)
    {
        if (!names.Exists(n => string.Equals(n.Value, name.Value, StringComparison.Ordinal))) names.Add(name);
    }

    /// <summary>Joins the non-empty parts of an address into one line with ", ", as published.</summary>
    public static string? JoinAddress(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p) && !string.Equals(p.Trim(), "UNKNOWN", StringComparison.OrdinalIgnoreCase))
            .Select(p => p!.Trim()).ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }
}
