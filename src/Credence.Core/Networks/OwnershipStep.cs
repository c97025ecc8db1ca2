namespace Credence.Core.Networks;

/// <summary>One edge of an ownership or control chain. Serialises as {from, to, type, percentage}.</summary>
/// <param name="From">Owner or controller entity id.</param>
/// <param name="To">Owned or controlled entity id.</param>
/// <param name="Type"><see cref="EdgeType.Ownership"/> or <see cref="EdgeType.Control"/>.</param>
/// <param name="Percentage">Share in percent (0..100) for ownership; null for control.</param>
public sealed record OwnershipStep(string From, string To, EdgeType Type, double? Percentage);
