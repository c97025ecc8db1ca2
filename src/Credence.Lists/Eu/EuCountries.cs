using Credence.Core.Entities;

namespace Credence.Lists.Eu;

/// <summary>Country fields of the EU formats, turned into <see cref="SanctionEntity.Countries"/> values.</summary>
internal static class EuCountries
{
    /// <summary>
    /// The EU writes "00" / "UNKNOWN" when it does not know the country; those say nothing and are dropped.
    /// </summary>
    private const string UnknownCode = "00";

    /// <summary>
    /// From a current-format pair: the ISO alpha-2 code lower-cased when one is given, else the description through
    /// <see cref="Countries.Normalize"/>. Null when neither says anything.
    /// </summary>
    public static string? FromCodeOrDescription(string? iso2, string? description)
    {
        var code = iso2?.Trim();
        if (!string.IsNullOrEmpty(code) && !string.Equals(code, UnknownCode, StringComparison.Ordinal))
            return code.ToLowerInvariant();
        return FromText(description);
    }

    /// <summary>
    /// From free text (a legacy alpha-3 code, a names-CSV nationality): the alpha-2 code when the text is a country, else the
    /// text as published. Null for empty text and for "UNKNOWN".
    /// </summary>
    public static string? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (string.Equals(t, "UNKNOWN", StringComparison.OrdinalIgnoreCase) || string.Equals(t, UnknownCode, StringComparison.Ordinal))
            return null;
        return Countries.Normalize(t);
    }

    /// <summary>
    /// A names-CSV Nationality cell: one country ("KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", whose comma is part of the name)
    /// or several joined by ", " ("RUSSIAN FEDERATION, UKRAINE"). The whole cell is tried first, then its parts; when a part is
    /// not a known country the cell is kept whole as published rather than cut into pieces that mean something else.
    /// </summary>
    public static IReadOnlyList<string> FromNationalityCell(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return [];
        var whole = cell.Trim();
        if (Countries.ToCode(whole) is { } code) return [code];
        var parts = whole.Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 1)
        {
            var codes = parts.Select(Countries.ToCode).ToArray();
            if (codes.All(c => c is not null)) return codes.Distinct(StringComparer.Ordinal).Select(c => c!).ToArray();
        }
        return [whole];
    }

    /// <summary>Adds <paramref name="country"/> unless it is null or already present.</summary>
    public static void AddDistinct(List<string> countries, string? country)
    {
        if (country is not null && !countries.Contains(country, StringComparer.Ordinal)) countries.Add(country);
    }
}
