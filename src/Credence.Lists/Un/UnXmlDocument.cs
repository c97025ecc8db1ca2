namespace Credence.Lists.Un;

/// <summary>INDIVIDUAL_DOCUMENT: TYPE_OF_DOCUMENT (and TYPE_OF_DOCUMENT2), NUMBER, ISSUING_COUNTRY or COUNTRY_OF_ISSUE, DATE_OF_ISSUE, NOTE.</summary>
public sealed record UnXmlDocument(
    string? Type, string? Type2, string? Number, string? IssuingCountry, string? CountryOfIssue, string? DateOfIssue, string? Note);
