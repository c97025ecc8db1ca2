namespace Credence.Lists.Ofac;

/// <summary>An id element: idType, idNumber, idCountry, issueDate, expirationDate. OFAC also files facts such as "Target Type" here.</summary>
public sealed record OfacXmlId(string? Type, string? Number, string? Country, string? IssueDate, string? ExpirationDate);
