using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Turns what OpenSanctions says about a sanction (issuing country, authority name, programme id, dataset name) into authority codes:
/// lower-case ISO 3166-1 alpha-2 codes, or "eu" and "un".
/// </summary>
internal static class SanctionAuthorities
{
    // Authority names as sanction records and exports spell them. Institutions only, never bare country names: a reason text that
    // mentions "the United Kingdom" is not a UK listing.
    private static readonly (string Text, string Code, bool WholeWord)[] Names =
    [
        ("Office of Foreign Assets Control", "us", false),
        ("OFAC", "us", true),
        ("U.S. Department of the Treasury", "us", false),
        ("US Department of the Treasury", "us", false),
        ("U.S. Department of State", "us", false),
        ("Council of the European Union", "eu", false),
        ("European Union", "eu", false),
        ("European Commission", "eu", false),
        ("HM Treasury", "gb", false),
        ("Her Majesty's Treasury", "gb", false),
        ("His Majesty's Treasury", "gb", false),
        ("Office of Financial Sanctions Implementation", "gb", false),
        ("OFSI", "gb", true),
        ("Foreign, Commonwealth & Development Office", "gb", false),
        ("Foreign, Commonwealth and Development Office", "gb", false),
        ("FCDO", "gb", true),
        ("Global Affairs Canada", "ca", false),
        ("Government of Canada", "ca", false),
        ("United Nations Security Council", "un", false),
        ("UN Security Council", "un", false),
        ("UNSC", "un", true),
    ];

    // Dataset names start with the publisher's code (eu_fsf, us_ofac_sdn, gb_hmt_sanctions, ca_dfatd_sema_sanctions, un_sc_sanctions).
    private static readonly HashSet<string> DatasetPrefixes = new(StringComparer.Ordinal) { "us", "eu", "gb", "ca", "un" };

    /// <summary>A sanction's issuing country: "eu" and "un" as such, an ISO code or country name as its alpha-2 code.</summary>
    public static string? FromCountry(string country)
    {
        var trimmed = country.Trim().ToLowerInvariant();
        if (trimmed is "eu" or "un") return trimmed;
        return Countries.ToCode(trimmed);
    }

    /// <summary>Every authority named in free text (an authority field or an export's sanctions column).</summary>
    public static IEnumerable<string> FromText(string text)
    {
        foreach (var (name, code, wholeWord) in Names)
        {
            if (Contains(text, name, wholeWord)) yield return code;
        }
    }

    /// <summary>OpenSanctions programme ids start with the issuer: "US-RUSHAR", "EU-UKR", "GB-RUS", "UA-SA1644".</summary>
    public static string? FromProgramId(string programId)
    {
        var dash = programId.IndexOf('-', StringComparison.Ordinal);
        if (dash != 2) return null;
        var prefix = programId[..2].ToLowerInvariant();
        return prefix is "eu" or "un" || Countries.IsCode(prefix) ? prefix : null;
    }

    /// <summary>The publisher of a dataset named "eu_fsf", "us_ofac_sdn", ...; only the five authorities Credence reads lists from.</summary>
    public static string? FromDataset(string dataset)
    {
        var underscore = dataset.IndexOf('_', StringComparison.Ordinal);
        if (underscore != 2) return null;
        var prefix = dataset[..2].ToLowerInvariant();
        return DatasetPrefixes.Contains(prefix) ? prefix : null;
    }

    private static bool Contains(string text, string name, bool wholeWord)
    {
        var from = 0;
        while (true)
        {
            var at = text.IndexOf(name, from, wholeWord ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            if (!wholeWord) return true;
            var end = at + name.Length;
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return true;
            from = at + 1;
        }
    }
}
