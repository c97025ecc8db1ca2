using Credence.Core.Entities;

namespace Credence.Lists.Eu;

/// <summary>Country fields of the EU formats, turned into <see cref="SanctionEntity.Countries"/> values.</summary>
internal static class EuCountries
{
    /// <summary>
    /// The EU writes "00" / "UNKNOWN" when it does not know the country; those say nothing and are dropped.
    /// </summary>
    private const string UnknownCode = "00";

    /// <summary>No country name in the EU's spellings has more than three ", "-separated pieces; six leaves room and bounds the work.</summary>
    private const int MaxPiecesPerCountry = 6;

    /// <summary>
    /// EU spellings that <see cref="Countries"/> does not know, found in the 2025 names extract. Kept here, not in Core's table,
    /// because they are this publisher's wording ("was Zaire").
    /// </summary>
    private static readonly Dictionary<string, string> EuSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CONGO, Democratic Republic of (was Zaire)"] = "cd",
        ["CONGO, People's Republic of"] = "cg",
        ["BOSNIA AND HERZEGOWINA"] = "ba",
    };

    /// <summary>
    /// From a current-format pair: the ISO alpha-2 code lower-cased when one is given, else the description as
    /// <see cref="FromText"/> reads it. Null when neither says anything.
    /// </summary>
    public static string? FromCodeOrDescription(string? iso2, string? description)
    {
        var code = iso2?.Trim();
        if (!string.IsNullOrEmpty(code) && !string.Equals(code, UnknownCode, StringComparison.Ordinal))
            return code.ToLowerInvariant();
        return FromText(description);
    }

    /// <summary>
    /// From free text (a legacy alpha-3 code, a country description): the alpha-2 code when the text is a country (through
    /// <see cref="Countries.ToCode"/> and the EU spellings below), else the text as published. Null for empty text and "UNKNOWN".
    /// </summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (string.Equals(t, "UNKNOWN", StringComparison.OrdinalIgnoreCase) || string.Equals(t, UnknownCode, StringComparison.Ordinal))
            return null;
        return ToCode(t) ?? t;
    }

    /// <summary>
    /// A names-CSV Nationality cell: one country ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", whose comma is part of the name) or
    /// several joined by ", " ("RUSSIAN FEDERATION, MOLDOVA, REPUBLIC OF"). The cell is cut at ", " and read left to right, each
    /// time taking the longest run of pieces that names a country. When some piece belongs to no country the cell is kept whole
    /// as published, rather than cut into pieces that mean something else ("CONGO" alone is the other Congo).
    /// </summary>
    public static IReadOnlyList<string> FromNationalityCell(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var whole = cell.Trim();
        var pieces = whole.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var codes = new List<string>();
        var at = 0;
        while (at < pieces.Length)
        {
            string? code = null;
            var take = Math.Min(MaxPiecesPerCountry, pieces.Length - at);
            for (; take > 0; take--)
            {
                code = ToCode(string.Join(", ", pieces, at, take));
                if (code is not null) break;
            }
            if (code is null) return [whole];
            codes.Add(code);
            at += take;
        }
        return codes.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string? ToCode(string text) => EuSpellings.TryGetValue(text, out var code) ? code : Countries.ToCode(text);

    /// <summary>The non-null countries, each once, in first-seen order.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string?> countries) =>
        countries.Where(c => c is not null).Select(c => c!).Distinct(StringComparer.Ordinal).ToArray();
}
