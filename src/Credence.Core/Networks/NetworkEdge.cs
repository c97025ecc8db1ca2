using System.Globalization;

namespace Credence.Core.Networks;

/// <summary>
/// One link between two nodes, as a source states it. Direction matters for ownership (owner to asset), directorship (director to
/// organisation), control (controller to controlled), membership (member to organisation) and supply (supplier to customer).
/// </summary>
/// <param name="FromId">Entity id of the owner, director, controller, member, supplier, person or subject.</param>
/// <param name="ToId">Entity id of the asset, organisation, controlled entity, relative, associate, customer or object.</param>
/// <param name="Type">The kind of link.</param>
public sealed record NetworkEdge(string FromId, string ToId, EdgeType Type)
{
    /// <summary>The source's id for the relationship (a FollowTheMoney Ownership id), or null. Edges with the same id are kept once.</summary>
    public string? Id { get; init; }

    /// <summary>Share held, in percent (0..100), for ownership; null when the source gives none. Never guessed.</summary>
    public double? Percentage { get; init; }

    /// <summary>Role, relationship, kind of control (voting, appointment, nominee, trust) or goods supplied, as published; null when not stated.</summary>
    public string? Role { get; init; }

    /// <summary>First day the link holds, or null when unknown.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day the link holds, or null while it holds.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Where the link was stated: a dataset, file or publication; null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>How far the link is trusted, in [0,1]; default 1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>True when the link holds on <paramref name="at"/> (both ends inclusive); always true when <paramref name="at"/> is null.</summary>
    public bool IsActiveAt(DateOnly? at) =>
        at is not { } day || ((Start is not { } s || s <= day) && (End is not { } e || day <= e));

    public override string ToString() => Percentage is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"{FromId} -{Type} {p}%-> {ToId}")
        : $"{FromId} -{Type}-> {ToId}";
}
