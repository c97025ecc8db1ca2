using System.Text.Json.Serialization;

namespace Credence.Core.Networks;

/// <summary>
/// The kind of a link between two graph nodes. Serialised by name ("Ownership"), whatever naming policy the caller uses, so the
/// exposure and path JSON stay stable.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EdgeType>))]
public enum EdgeType : byte
{
    /// <summary>From holds shares of To; <see cref="NetworkEdge.Percentage"/> gives the share when known.</summary>
    Ownership = 0,
    /// <summary>From is a director or officer of To; <see cref="NetworkEdge.Role"/> names the role.</summary>
    Directorship,
    /// <summary>From controls To without (or beyond) shares: voting rights, a right to appoint, a nominee or a trust. The role says which.</summary>
    Control,
    /// <summary>From and To are relatives; the role gives the relationship.</summary>
    Family,
    /// <summary>From and To are associates (also used for "Linked To:" list remarks and FollowTheMoney Representation).</summary>
    Associate,
    /// <summary>From is a member of To, e.g. of a military unit.</summary>
    Membership,
    /// <summary>From supplies To; the role names the goods (arms, fuel, revenue) when known.</summary>
    Supplier,
    /// <summary>A link whose nature the source does not state.</summary>
    UnknownLink,
}
