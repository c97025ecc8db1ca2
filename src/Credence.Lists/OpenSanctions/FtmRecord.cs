namespace Credence.Lists.OpenSanctions;

/// <summary>
/// One FollowTheMoney entity exactly as a JSON line states it: schema, id and property values, without interpretation. Shared by the
/// list mapper and by components that read relationship schemas (Ownership, Directorship, Family, ...).
/// </summary>
public sealed class FtmRecord
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoProperties =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The entity id, e.g. "NK-2GdmHtZTeNXjNVrBGEXZNj" or "ofac-27225".</summary>
    public required string Id { get; init; }

    /// <summary>The FollowTheMoney schema name as written ("Person", "Company", "Sanction", ...); empty when the line has none
    /// (only a delta DEL operation may omit it).</summary>
    public required string Schema { get; init; }

    /// <summary>The display name OpenSanctions chose, when the line has one.</summary>
    public string? Caption { get; init; }

    /// <summary>Property name to values, in the order written. Values longer than <see cref="FtmReader.MaxValueLength"/> characters are
    /// cut (with a diagnostic); numbers and booleans are kept as their JSON text; a nested entity object is kept as its id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Properties { get; init; } = NoProperties;

    public IReadOnlyList<string> Datasets { get; init; } = [];

    /// <summary>Ids of the source records merged into this entity.</summary>
    public IReadOnlyList<string> Referents { get; init; } = [];

    /// <summary>OpenSanctions' "target" flag: true for screening targets, false for context entities; null when the line has none.</summary>
    public bool? Target { get; init; }

    /// <summary>Timestamps as published (ISO 8601 text), not interpreted.</summary>
    public string? FirstSeen { get; init; }

    public string? LastSeen { get; init; }

    public string? LastChange { get; init; }

    /// <summary>The 1-based line of the file the record was read from.</summary>
    public required int Line { get; init; }

    /// <summary>The values of a property, or an empty list when the record does not have it.</summary>
    public IReadOnlyList<string> Values(string property) =>
        Properties.TryGetValue(property, out var values) ? values : [];

    public override string ToString() => $"{Schema} {Id} (line {Line})";
}
