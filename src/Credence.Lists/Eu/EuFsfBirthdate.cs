namespace Credence.Lists.Eu;

/// <summary>A birthdate element of a current-format sanctionEntity, as written.</summary>
public sealed record EuFsfBirthdate
{
    public int Line { get; init; }
    /// <summary>The full date "yyyy-MM-dd" when the EU knows it.</summary>
    public string? Birthdate { get; init; }
    public string? Year { get; init; }
    public string? MonthOfYear { get; init; }
    public string? DayOfMonth { get; init; }
    /// <summary>"true" when the date is approximate.</summary>
    public string? Circa { get; init; }
    public string? YearRangeFrom { get; init; }
    public string? YearRangeTo { get; init; }
    public string? City { get; init; }
    public string? Place { get; init; }
    public string? Region { get; init; }
    public string? ZipCode { get; init; }
    public string? CountryIso2Code { get; init; }
    public string? CountryDescription { get; init; }
    public string? LogicalId { get; init; }
}
