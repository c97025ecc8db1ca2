using Credence.Core.Entities;

namespace Credence.Core.Networks;

/// <summary>
/// A party in the network: listed or not (subsidiaries, suppliers and relatives are nodes too). Immutable; the builder merges what
/// several sources say about the same id.
/// </summary>
public sealed record NetworkNode
{
    /// <summary>The entity id as the source gives it (FollowTheMoney id, "ofac-sdn:31517", "demo-mehl").</summary>
    public required string Id { get; init; }

    /// <summary>The display name; the id itself for a node that only an edge mentioned.</summary>
    public required string Name { get; init; }

    /// <summary>FollowTheMoney schema name ("Person", "Company", "Organization", "LegalEntity", "PublicBody", "Vessel"), or "" when unknown.</summary>
    public string Schema { get; init; } = "";

    /// <summary>Other names, without the display name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<EntityIdentifier> Identifiers { get; init; } = [];

    /// <summary>Countries (lower-case ISO codes where known).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Listings by sanctioning authorities, with programme and dates. Empty for a party on no list.</summary>
    public IReadOnlyList<NodeListing> Listings { get; init; } = [];

    /// <summary>True when no source described the node itself, only an edge or a listing that points to it.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>True when at least one listing is in force on <paramref name="at"/> (any listing when null).</summary>
    public bool IsListedAt(DateOnly? at)
    {
        foreach (var listing in Listings)
        {
            if (listing.IsActiveAt(at)) return true;
        }
        return false;
    }

    /// <summary>The distinct authority codes of the listings in force on <paramref name="at"/>, in first-seen order.</summary>
    public IReadOnlyList<string> AuthoritiesAt(DateOnly? at)
    {
        List<string>? result = null;
        foreach (var listing in Listings)
        {
            if (!listing.IsActiveAt(at)) continue;
            result ??= [];
            if (!result.Contains(listing.Authority, StringComparer.Ordinal)) result.Add(listing.Authority);
        }
        return result ?? (IReadOnlyList<string>)[];
    }

    /// <summary>
    /// A node for a listed entity read by a list reader: id <see cref="SanctionEntity.Id"/>, its primary name, aliases, identifiers,
    /// countries, and one listing per authority and programme (from <see cref="SanctionEntity.ListedOn"/>).
    /// </summary>
    public static NetworkNode FromSanctionEntity(SanctionEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var listings = new List<NodeListing>();
        var authorities = entity.Authorities.Count > 0 ? entity.Authorities : [""];
        foreach (var authority in authorities)
        {
            if (entity.Programs.Count == 0)
            {
                listings.Add(new NodeListing(authority, Start: entity.ListedOn, Source: entity.Source));
                continue;
            }
            foreach (var program in entity.Programs)
                listings.Add(new NodeListing(authority, program, Start: entity.ListedOn, Source: entity.Source));
        }
        return new NetworkNode
        {
            Id = entity.Id,
            Name = entity.PrimaryName,
            Schema = entity.Schema == EntitySchema.Unknown ? "" : entity.Schema.ToString(),
            Aliases = entity.Names.Skip(1).Select(n => n.Value).Distinct(StringComparer.Ordinal).ToArray(),
            Identifiers = entity.Identifiers,
            Countries = entity.Countries,
            Listings = listings,
        };
    }

    public override string ToString() => $"{Id} {Name}";
}
