namespace Credence.Lists.Canada;

/// <summary>
/// One &lt;record&gt; of the Canadian consolidated autonomous sanctions list (SEMA and JVCFOR), with its fields as published (empty when
/// absent). The 2020 file names some fields differently (Entity, DateOfBirth, Title); the reader maps both spellings here.
/// </summary>
public sealed record CanadaSemaRecord
{
    /// <summary>"record N": the record's 1-based position among the file's records.</summary>
    public required string Location { get; init; }

    /// <summary>The line of the record's start tag (1-based), for people opening the file.</summary>
    public int Line { get; init; }

    /// <summary>The regulation, bilingual: "Myanmar (Burma) / Myanmar (Birmanie)", "Justice for Victims ... (JVCFOR) / ...".</summary>
    public string Country { get; init; } = "";

    public string LastName { get; init; } = "";
    public string GivenName { get; init; } = "";

    /// <summary>EntityOrShip (2025) or Entity (2020): the name of an organisation or a ship.</summary>
    public string EntityOrShip { get; init; } = "";

    /// <summary>TitleOrShip (2025) or Title (2020): a person's title, or a ship's type.</summary>
    public string TitleOrShip { get; init; } = "";

    public string ShipImoNumber { get; init; } = "";

    /// <summary>Other names in one cell, separated by commas (sometimes semicolons or line breaks).</summary>
    public string Aliases { get; init; } = "";

    /// <summary>DateOfBirthOrShipBuildDate (2025) or DateOfBirth (2020): "yyyy-mm-dd", "yyyy-mm", "yyyy", or several joined by " or ".</summary>
    public string DateOfBirthOrShipBuildDate { get; init; } = "";

    /// <summary>"Part 2", "1, Part 1", "1", "N/A" or empty.</summary>
    public string Schedule { get; init; } = "";

    public string Item { get; init; } = "";

    /// <summary>yyyy-mm-dd; absent in the 2020 file.</summary>
    public string DateOfListing { get; init; } = "";
}
