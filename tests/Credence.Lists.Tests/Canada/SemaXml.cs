using System.Text;

namespace Credence.Lists.Tests.Canada;

/// <summary>Small SEMA XML documents for tests, shaped like the published file.</summary>
internal static class SemaXml
{
    public const string Prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /// <summary>A document whose records are the given inner XML strings.</summary>
    public static string Document(params string[] records) =>
        Prolog + "<data-set xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        + string.Concat(records.Select(r => "\t<record>\n" + r + "\t</record>\n")) + "</data-set>\n";

    /// <summary>Inner XML of a record: one element per pair, values escaped.</summary>
    public static string Record(params (string Element, string Value)[] fields) =>
        string.Concat(fields.Select(f => $"\t\t<{f.Element}>{System.Security.SecurityElement.Escape(f.Value)}</{f.Element}>\n"));

    public static readonly string MinAungHlaing = Record(("Country", "Myanmar (Burma) / Myanmar (Birmanie)"), ("LastName", "Hlaing"),
        ("GivenName", "Min Aung"), ("Schedule", "Part 2"), ("Item", "46"), ("DateOfListing", "2021-02-18"));

    public static readonly string Mehl2025 = Record(("Country", "Myanmar (Burma) / Myanmar (Birmanie)"),
        ("EntityOrShip", "Union of Burma Economic Holding Ltd."),
        ("Aliases", "Union of Myanmar Economic Holding Ltd., Myanma Economic Holdings Limited (MEHL)"), ("Schedule", "Part 1"), ("Item", "42"),
        ("DateOfListing", "2012-04-24"));

    public static readonly string Mehl2020 = Record(("Country", "Burma / Birmanie"), ("Entity", "Union of Burma Economic Holding Ltd."),
        ("Schedule", "1"), ("Item", "42"));

    public static MemoryStream Utf8(string xml) => new(Encoding.UTF8.GetBytes(xml));
}
