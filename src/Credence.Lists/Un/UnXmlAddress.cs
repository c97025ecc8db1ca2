namespace Credence.Lists.Un;

/// <summary>INDIVIDUAL_ADDRESS or ENTITY_ADDRESS: STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY, NOTE.</summary>
public sealed record UnXmlAddress(string? Street, string? City, string? StateProvince, string? ZipCode, string? Country, string? Note);
