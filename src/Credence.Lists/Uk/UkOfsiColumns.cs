using Credence.Core.Entities;

namespace Credence.Lists.Uk;

/// <summary>
/// The ConList header, resolved by column name so that both the 2016 layout (29 columns) and the 2022+ layout (36 columns) read
/// with one code path, and a column OFSI inserts or moves later does not shift every field.
/// </summary>
internal sealed class UkOfsiColumns
{
    // Column names as OFSI writes them. Several spellings map to one field where the layouts differ.
    private static readonly Dictionary<string, string> FieldByHeader = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Name 6"] = nameof(UkOfsiRecord.Name6),
        ["Name 1"] = "Given1",
        ["Name 2"] = "Given2",
        ["Name 3"] = "Given3",
        ["Name 4"] = "Given4",
        ["Name 5"] = "Given5",
        ["Title"] = nameof(UkOfsiRecord.Title),
        ["Name Non-Latin Script"] = nameof(UkOfsiRecord.NonLatinName),
        ["Non-Latin Script Type"] = nameof(UkOfsiRecord.NonLatinScriptType),
        ["Non-Latin Script Language"] = nameof(UkOfsiRecord.NonLatinScriptLanguage),
        ["DOB"] = nameof(UkOfsiRecord.Dob),
        ["Town of Birth"] = nameof(UkOfsiRecord.TownOfBirth),
        ["Country of Birth"] = nameof(UkOfsiRecord.CountryOfBirth),
        ["Nationality"] = nameof(UkOfsiRecord.Nationality),
        ["Passport Number"] = nameof(UkOfsiRecord.PassportNumber),
        ["Passport Details"] = nameof(UkOfsiRecord.PassportDetails),
        ["National Identification Number"] = nameof(UkOfsiRecord.NationalIdNumber),
        ["NI Number"] = nameof(UkOfsiRecord.NationalIdNumber),
        ["National Identification Details"] = nameof(UkOfsiRecord.NationalIdDetails),
        ["Position"] = nameof(UkOfsiRecord.Position),
        ["Address 1"] = "Address1",
        ["Address 2"] = "Address2",
        ["Address 3"] = "Address3",
        ["Address 4"] = "Address4",
        ["Address 5"] = "Address5",
        ["Address 6"] = "Address6",
        ["Post/Zip Code"] = nameof(UkOfsiRecord.PostCode),
        ["Country"] = nameof(UkOfsiRecord.Country),
        ["Other Information"] = nameof(UkOfsiRecord.OtherInformation),
        ["Group Type"] = nameof(UkOfsiRecord.GroupType),
        ["Alias Type"] = nameof(UkOfsiRecord.AliasType),
        ["Alias Quality"] = nameof(UkOfsiRecord.AliasQuality),
        ["Regime"] = nameof(UkOfsiRecord.Regime),
        ["Listed On"] = nameof(UkOfsiRecord.ListedOn),
        ["UK Sanctions List Date Designated"] = nameof(UkOfsiRecord.DateDesignated),
        ["Last Updated"] = nameof(UkOfsiRecord.LastUpdated),
        ["Group ID"] = nameof(UkOfsiRecord.GroupId),
    };

    /// <summary>Without these a row cannot become part of an entity, so a header lacking them is not a ConList header.</summary>
    private static readonly string[] RequiredHeaders = ["Name 6", "Group ID", "Group Type", "Alias Type"];

    private readonly Dictionary<string, int> _indexByField;

    private UkOfsiColumns(Dictionary<string, int> indexByField, IReadOnlyList<string> unknown, int width)
    {
        _indexByField = indexByField;
        UnknownHeaders = unknown;
        Width = width;
    }

    /// <summary>Header cells that name no known column; their cells are not read.</summary>
    public IReadOnlyList<string> UnknownHeaders { get; }

    /// <summary>The number of header cells.</summary>
    public int Width { get; }

    /// <summary>The columns of <paramref name="header"/>, or null when it lacks a column every ConList has (so it is not the header).</summary>
    public static UkOfsiColumns? TryCreate(IReadOnlyList<string?> header)
    {
        var indexByField = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = Clean(header[i]);
            if (name.Length == 0) continue;
            if (FieldByHeader.TryGetValue(name, out var field)) indexByField.TryAdd(field, i);
            else unknown.Add(name);
        }

        foreach (var required in RequiredHeaders)
        {
            if (!indexByField.ContainsKey(FieldByHeader[required])) return null;
        }

        return new UkOfsiColumns(indexByField, unknown, header.Count);
    }

    /// <summary>Short description of the columns a header must have, for error messages.</summary>
    public static string RequiredDescription => string.Join(", ", RequiredHeaders);

    /// <summary>Builds the record of one data row; cells beyond the row's end read as empty.</summary>
    public UkOfsiRecord ToRecord(IReadOnlyList<string?> cells, string location) => new()
    {
        Location = location,
        Name6 = Cell(cells, nameof(UkOfsiRecord.Name6)),
        GivenNames = [Cell(cells, "Given1"), Cell(cells, "Given2"), Cell(cells, "Given3"), Cell(cells, "Given4"), Cell(cells, "Given5")],
        Title = Cell(cells, nameof(UkOfsiRecord.Title)),
        NonLatinName = Cell(cells, nameof(UkOfsiRecord.NonLatinName)),
        NonLatinScriptType = Cell(cells, nameof(UkOfsiRecord.NonLatinScriptType)),
        NonLatinScriptLanguage = Cell(cells, nameof(UkOfsiRecord.NonLatinScriptLanguage)),
        Dob = Cell(cells, nameof(UkOfsiRecord.Dob)),
        TownOfBirth = Cell(cells, nameof(UkOfsiRecord.TownOfBirth)),
        CountryOfBirth = Cell(cells, nameof(UkOfsiRecord.CountryOfBirth)),
        Nationality = Cell(cells, nameof(UkOfsiRecord.Nationality)),
        PassportNumber = Cell(cells, nameof(UkOfsiRecord.PassportNumber)),
        PassportDetails = Cell(cells, nameof(UkOfsiRecord.PassportDetails)),
        NationalIdNumber = Cell(cells, nameof(UkOfsiRecord.NationalIdNumber)),
        NationalIdDetails = Cell(cells, nameof(UkOfsiRecord.NationalIdDetails)),
        Position = Cell(cells, nameof(UkOfsiRecord.Position)),
        AddressLines =
        [
            Cell(cells, "Address1"), Cell(cells, "Address2"), Cell(cells, "Address3"),
            Cell(cells, "Address4"), Cell(cells, "Address5"), Cell(cells, "Address6"),
        ],
        PostCode = Cell(cells, nameof(UkOfsiRecord.PostCode)),
        Country = Cell(cells, nameof(UkOfsiRecord.Country)),
        OtherInformation = Cell(cells, nameof(UkOfsiRecord.OtherInformation)),
        GroupType = Cell(cells, nameof(UkOfsiRecord.GroupType)),
        AliasType = Cell(cells, nameof(UkOfsiRecord.AliasType)),
        AliasQuality = Cell(cells, nameof(UkOfsiRecord.AliasQuality)),
        Regime = Cell(cells, nameof(UkOfsiRecord.Regime)),
        ListedOn = Cell(cells, nameof(UkOfsiRecord.ListedOn)),
        DateDesignated = Cell(cells, nameof(UkOfsiRecord.DateDesignated)),
        LastUpdated = Cell(cells, nameof(UkOfsiRecord.LastUpdated)),
        GroupId = Cell(cells, nameof(UkOfsiRecord.GroupId)),
    };

    /// <summary>Appends a warning when a row has fewer cells than the header reaches (a cut-off last row, a hand-edited file).</summary>
    public void CheckWidth(IReadOnlyList<string?> cells, string file, string location, List<ParseDiagnostic> diagnostics)
    {
        var needed = _indexByField.Values.Max() + 1;
        if (cells.Count < needed)
        {
            diagnostics.Add(new ParseDiagnostic(file, location, null,
                $"The row has {cells.Count} cells where the header has {Width}; the missing cells read as empty."));
        }
    }

    // Header cells sometimes carry a byte-order mark, stray spaces or a line break from a spreadsheet edit.
    private static string Clean(string? header) =>
        string.Join(' ', (header ?? "").Trim('\uFEFF', ' ', '\t', '\r', '\n').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string Cell(IReadOnlyList<string?> cells, string field) =>
        _indexByField.TryGetValue(field, out var i) && i < cells.Count ? cells[i] ?? "" : "";
}
