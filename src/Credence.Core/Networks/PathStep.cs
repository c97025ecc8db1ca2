using System.Text.Json.Serialization;

namespace Credence.Core.Networks;

/// <summary>
/// One edge on a path. <see cref="From"/> and <see cref="To"/> keep the direction the source states (owner to asset, director to
/// company), so a path may walk an edge backwards; consecutive steps share one node. Serialises as {from, to, type}.
/// </summary>
/// <param name="From">Entity id at the edge's start.</param>
/// <param name="To">Entity id at the edge's end.</param>
/// <param name="Type">The kind of link.</param>
public sealed record PathStep(string From, string To, EdgeType Type)
{
    /// <summary>Share in percent for ownership, when known. Not serialised: the path JSON is {from, to, type}.</summary>
    [JsonIgnore]
    public double? Percentage { get; init; }

    /// <summary>Role, relationship, kind of control or goods, as published. Not serialised.</summary>
    [JsonIgnore]
    public string? Role { get; init; }

    /// <summary>True when the walk goes against the edge's direction (from <see cref="To"/> to <see cref="From"/>). Not serialised.</summary>
    [JsonIgnore]
    public bool Reversed { get; init; }
}
