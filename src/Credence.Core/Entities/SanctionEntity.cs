namespace Credence.Core.Entities;

/// <summary>
/// A listed person, organisation, vessel or aircraft, as one list publishes it. Immutable once built by a mapper.
/// </summary>
public sealed class SanctionEntity
{
    /// <summary>Stable id: "{Source}:{SourceId}", e.g. "ofac-sdn:27225".</summary>
    public string Id => $"{Source}:{SourceId}";

    /// <summary>The list source id, e.g. "ofac-sdn", "ofac-cons", "un-sc", "eu-fsf", "uk-ofsi", "ca-sema", "opensanctions", "custom".</summary>
    public required string Source { get; init; }

    /// <summary>The list's own identifier for the record (OFAC ent_num, UN DATAID, OFSI Group ID, ...).</summary>
    public required string SourceId { get; init; }

    public required EntitySchema Schema { get; init; }

    /// <summary>All names, primary first. Never empty.</summary>
    public required IReadOnlyList<EntityName> Names { get; init; }

    public IReadOnlyList<PartialDate> BirthDates { get; init; } = [];

    /// <summary>Nationalities, citizenships and countries of registration or address as ISO 3166-1 alpha-2 lower-case codes where the
    /// name was recognised, else the text as published.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    public IReadOnlyList<EntityIdentifier> Identifiers { get; init; } = [];

    /// <summary>Programmes or regimes as the list names them, e.g. "BURMA-EO14014", "Myanmar", "GHR0046".</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>Sanctioning authorities, as lower-case ISO codes or "un"/"eu": "us", "gb", "ca", "eu", "un". Drives per-regime network rules.</summary>
    public IReadOnlyList<string> Authorities { get; init; } = [];

    /// <summary>The date the party was first listed, when the list states it.</summary>
    public DateOnly? ListedOn { get; init; }

    /// <summary>Remarks or other information, as published.</summary>
    public string? Remarks { get; init; }

    /// <summary>Addresses as single lines, as published.</summary>
    public IReadOnlyList<string> Addresses { get; init; } = [];

    public required RawRecordRef Raw { get; init; }

    public string PrimaryName => Names[0].Value;

    public override string ToString() => $"{Id} {PrimaryName}";
}
