using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// What OFAC's file names say. OFAC publishes the SDN list and the Consolidated (non-SDN) list in the same formats, and nothing inside
/// the files tells them apart, so the name decides: a CSV whose primary file starts with "cons" (cons_prim.csv) and an XML file whose
/// name starts with "cons" or contains "consolidated" (consolidated.xml, cons_advanced.xml) are the Consolidated list
/// (<see cref="ListSources.OfacConsolidated"/>); anything else is the SDN list (<see cref="ListSources.OfacSdn"/>).
/// </summary>
public static class OfacFileNames
{
    /// <summary>Companion role of add.csv / cons_add.csv.</summary>
    public const string AddressRole = "add";

    /// <summary>Companion role of alt.csv / cons_alt.csv.</summary>
    public const string AliasRole = "alt";

    /// <summary>Companion role of sdn_comments.csv / cons_comments.csv.</summary>
    public const string CommentsRole = "comments";

    /// <summary>The list a file belongs to, from its name (case ignored, folder ignored).</summary>
    public static ListSource SourceFor(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.StartsWith("cons", StringComparison.OrdinalIgnoreCase) || name.Contains("consolidated", StringComparison.OrdinalIgnoreCase)
            ? ListSources.OfacConsolidated
            : ListSources.OfacSdn;
    }

    /// <summary>True for a primary legacy CSV file name: sdn.csv or cons_prim.csv.</summary>
    public static bool IsPrimaryCsv(string fileName)
    {
        var name = Path.GetFileName(fileName);
        return name.Equals("sdn.csv", StringComparison.OrdinalIgnoreCase) || name.Equals("cons_prim.csv", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The companion role of a legacy CSV file name ("add", "alt", "comments"), or null when it is not a companion. add.csv, alt.csv and
    /// sdn_comments.csv go with sdn.csv; cons_add.csv, cons_alt.csv and cons_comments.csv with cons_prim.csv.
    /// </summary>
    public static string? CompanionRole(string fileName)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        return name switch
        {
            "add.csv" or "cons_add.csv" => AddressRole,
            "alt.csv" or "cons_alt.csv" => AliasRole,
            "sdn_comments.csv" or "cons_comments.csv" => CommentsRole,
            _ => null,
        };
    }
}
