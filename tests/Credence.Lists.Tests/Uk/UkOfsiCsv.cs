using System.Text;

namespace Credence.Lists.Tests.Uk;

/// <summary>Writes small ConList CSV files in the 2025 layout for tests, quoting cells as OFSI does.</summary>
internal static class UkOfsiCsv
{
    public static readonly string[] Header2025 =
    [
        "Name 6", "Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Title", "Name Non-Latin Script", "Non-Latin Script Type",
        "Non-Latin Script Language", "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number", "Passport Details",
        "National Identification Number", "National Identification Details", "Position", "Address 1", "Address 2", "Address 3",
        "Address 4", "Address 5", "Address 6", "Post/Zip Code", "Country", "Other Information", "Group Type", "Alias Type",
        "Alias Quality", "Regime", "Listed On", "UK Sanctions List Date Designated", "Last Updated", "Group ID",
    ];

    /// <summary>A 2025-layout row: the named cells set, the rest empty.</summary>
    public static string[] Row(params (string Column, string Value)[] cells)
    {
        var row = new string[Header2025.Length];
        Array.Fill(row, "");
        foreach (var (column, value) in cells) row[Array.IndexOf(Header2025, column)] = value;
        return row;
    }

    /// <summary>A person row of group <paramref name="groupId"/> with the usual cells filled.</summary>
    public static string[] Person(string groupId, string surname, string given, string aliasType = "Primary name", string quality = "",
        string dob = "", string regime = "Myanmar", string listedOn = "25/02/2021") =>
        Row(("Name 6", surname), ("Name 1", given), ("DOB", dob), ("Group Type", "Individual"), ("Alias Type", aliasType),
            ("Alias Quality", quality), ("Regime", regime), ("Listed On", listedOn), ("Group ID", groupId));

    public static string Text(string[] header, params string[][] rows) => Text("10/04/2025", header, rows);

    public static string Text(string lastUpdated, string[] header, params string[][] rows)
    {
        var sb = new StringBuilder();
        sb.Append("Last Updated,").Append(lastUpdated).Append("\r\n");
        sb.Append(Line(header));
        foreach (var row in rows) sb.Append(Line(row));
        return sb.ToString();
    }

    public static string Line(IEnumerable<string> cells) =>
        string.Join(',', cells.Select(Quote)) + "\r\n";

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
