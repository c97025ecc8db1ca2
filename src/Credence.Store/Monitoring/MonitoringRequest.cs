using Credence.Core.Entities;

namespace Credence.Store.Monitoring;

/// <summary>A person or organisation to put under monitoring.</summary>
public sealed record MonitoringRequest
{
    /// <summary>The name as written; required, at most 1,000 characters.</summary>
    public required string Name { get; init; }

    /// <summary>Person, organisation and so on; null to match any kind.</summary>
    public EntitySchema? Schema { get; init; }

    /// <summary>Date of birth or incorporation; any precision.</summary>
    public PartialDate? BirthDate { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code; stored lower-case.</summary>
    public string? Country { get; init; }

    /// <summary>Passport, national id or registration numbers.</summary>
    public IReadOnlyList<string> Identifiers { get; init; } = [];

    /// <summary>The caller's own reference (a customer or delegate id).</summary>
    public string? Reference { get; init; }
}
