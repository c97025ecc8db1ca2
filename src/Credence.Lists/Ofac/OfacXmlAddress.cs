namespace Credence.Lists.Ofac;

/// <summary>An address element of an sdnEntry.</summary>
public sealed record OfacXmlAddress(
    string? Address1, string? Address2, string? Address3, string? City, string? StateOrProvince, string? PostalCode, string? Country);
