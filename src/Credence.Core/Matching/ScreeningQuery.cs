using Credence.Core.Entities;

namespace Credence.Core.Matching;

/// <summary>A subject to screen: a name and whatever else is known about it.</summary>
public sealed record ScreeningQuery
{
    /// <summary>The name as the user typed it, in any script.</summary>
    public required string Name { get; init; }

    /// <summary>Person, Organization, Vessel or Aircraft; null (or Unknown) screens against every schema.</summary>
    public EntitySchema? Schema { get; init; }

    /// <summary>Date of birth (or of incorporation / build), when known.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>A country: alpha-2, alpha-3 or a name. Normalised with <see cref="Countries.ToCode"/>.</summary>
    public string? Country { get; init; }

    /// <summary>Identifier numbers (passport, registration, IMO). A match on one can carry a hit on its own.</summary>
    public IReadOnlyList<string> Identifiers { get; init; } = [];

    /// <summary>The caller's own reference for the subject (a row id, a customer number). Not used in matching.</summary>
    public string? Reference { get; init; }
}
