using Credence.Core.Entities;

namespace Credence.Lists.Un;

/// <summary>
/// One INDIVIDUAL or ENTITY of the UN Security Council consolidated list, element text as published (trimmed; empty elements are
/// null). <see cref="Kind"/> is the element name, "INDIVIDUAL" or "ENTITY". Nothing is interpreted.
/// </summary>
public sealed record UnXmlRecord(
    RawRecordRef Raw,
    string Kind,
    string? DataId,
    string? FirstName,
    string? SecondName,
    string? ThirdName,
    string? FourthName,
    string? NameOriginalScript,
    string? UnListType,
    string? ReferenceNumber,
    string? ListedOn,
    string? Comments,
    string? Gender,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Designations,
    IReadOnlyList<string> Nationalities,
    IReadOnlyList<UnXmlAlias> Aliases,
    IReadOnlyList<UnXmlDateOfBirth> DatesOfBirth,
    IReadOnlyList<UnXmlDocument> Documents,
    IReadOnlyList<UnXmlAddress> Addresses);
