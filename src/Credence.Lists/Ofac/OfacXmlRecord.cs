using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>One sdnEntry of OFAC's sdnList XML, element text as published (trimmed; empty elements are null). Nothing is interpreted.</summary>
public sealed record OfacXmlRecord(
    RawRecordRef Raw,
    string? Uid,
    string? FirstName,
    string? LastName,
    string? Title,
    string? SdnType,
    string? Remarks,
    IReadOnlyList<string> Programs,
    IReadOnlyList<OfacXmlAka> Akas,
    IReadOnlyList<OfacXmlAddress> Addresses,
    IReadOnlyList<OfacXmlId> Ids,
    IReadOnlyList<string> DatesOfBirth,
    IReadOnlyList<string> PlacesOfBirth,
    IReadOnlyList<string> Nationalities,
    IReadOnlyList<string> Citizenships,
    OfacXmlVessel? Vessel);
