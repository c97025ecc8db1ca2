namespace Credence.Lists.Uk;

/// <summary>
/// One row of the OFSI consolidated list (ConList): one name variant of one target. Cells are kept exactly as published (empty
/// string when the column is absent from the file's layout); rows of one target share <see cref="GroupId"/>.
/// </summary>
/// <remarks>The 2016 layout has no Alias Quality, non-Latin script or passport/national-id number columns: those stay empty.</remarks>
public sealed record UkOfsiRecord
{
    /// <summary>Where the row starts: "line 3" in a CSV file, "row 3" in a workbook (both 1-based, counting the heading rows).</summary>
    public required string Location { get; init; }

    /// <summary>Name 6: the surname of a person, the whole name of an entity or ship.</summary>
    public string Name6 { get; init; } = "";

    /// <summary>Name 1 to Name 5, the given names in order (always five entries, some empty).</summary>
    public IReadOnlyList<string> GivenNames { get; init; } = ["", "", "", "", ""];

    public string Title { get; init; } = "";
    public string NonLatinName { get; init; } = "";
    public string NonLatinScriptType { get; init; } = "";
    public string NonLatinScriptLanguage { get; init; } = "";

    /// <summary>Date of birth as published: "dd/mm/yyyy" with "00" for unknown parts, "mm/yyyy" or "yyyy".</summary>
    public string Dob { get; init; } = "";

    public string TownOfBirth { get; init; } = "";
    public string CountryOfBirth { get; init; } = "";
    public string Nationality { get; init; } = "";
    public string PassportNumber { get; init; } = "";
    public string PassportDetails { get; init; } = "";

    /// <summary>National Identification Number (2025 layout) or NI Number (2016 layout).</summary>
    public string NationalIdNumber { get; init; } = "";

    public string NationalIdDetails { get; init; } = "";
    public string Position { get; init; } = "";

    /// <summary>Address 1 to Address 6 in order (always six entries, some empty).</summary>
    public IReadOnlyList<string> AddressLines { get; init; } = ["", "", "", "", "", ""];

    public string PostCode { get; init; } = "";

    /// <summary>The address country.</summary>
    public string Country { get; init; } = "";

    public string OtherInformation { get; init; } = "";

    /// <summary>"Individual", "Entity" or "Ship".</summary>
    public string GroupType { get; init; } = "";

    /// <summary>"Primary name", "Primary name variation", "AKA", "FKA"; the 2016 layout says "Prime Alias" for the primary name.</summary>
    public string AliasType { get; init; } = "";

    /// <summary>"Good quality" or "Low quality"; empty for primary names and in the 2016 layout.</summary>
    public string AliasQuality { get; init; } = "";

    public string Regime { get; init; } = "";

    /// <summary>dd/mm/yyyy.</summary>
    public string ListedOn { get; init; } = "";

    public string DateDesignated { get; init; } = "";
    public string LastUpdated { get; init; } = "";
    public string GroupId { get; init; } = "";
}
