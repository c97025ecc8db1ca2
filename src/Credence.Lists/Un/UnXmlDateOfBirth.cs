namespace Credence.Lists.Un;

/// <summary>INDIVIDUAL_DATE_OF_BIRTH: TYPE_OF_DATE ("EXACT", "APPROXIMATELY", "BETWEEN") with DATE, YEAR or FROM_YEAR/TO_YEAR.</summary>
public sealed record UnXmlDateOfBirth(string? TypeOfDate, string? Date, string? Year, string? FromYear, string? ToYear, string? Note);
