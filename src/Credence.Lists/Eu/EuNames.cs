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

    /// <summary>
    /// The entity's names in order: the first is "primary", the rest "aka"; the same text (ordinal) listed again is dropped, as
    /// lists repeat names across regulations. Hashing keeps a hostile file with a million aliases linear.
    /// </summary>
    public static IReadOnlyList<EntityName> Build(IEnumerable<(string Value, NameQuality Quality)> names) =>
        names.DistinctBy(n => n.Value, StringComparer.Ordinal)
            .Select((n, i) => new EntityName(n.Value, n.Quality, i == 0 ? "primary" : "aka"))
            .ToArray();

    /// <summary>Joins the non-empty parts of an address into one line with ", ", as published.</summary>
    public static string? JoinAddress(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p) && !string.Equals(p.Trim(), "UNKNOWN", StringComparison.OrdinalIgnoreCase))
            .Select(p => p!.Trim()).ToArray();
        return present.Length == 0 ? null : string.Join(", ", present);
    }
}
