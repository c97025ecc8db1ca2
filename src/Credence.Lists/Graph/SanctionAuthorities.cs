using Credence.Core.Entities;

namespace Credence.Lists.Graph;

/// <summary>
/// Turns what a FollowTheMoney Sanction says about its issuer (country, authority, programme id) into the authority code that the
/// exposure rules map to a regime: "us", "eu", "gb", "ca", "un", or another lower-case country code.
/// </summary>
public static class SanctionAuthorities
{
    /// <summary>US export-control listings (BIS Entity List): not an OFAC blocking, so not under the OFAC 50% rule.</summary>
    public const string UsExportControl = "us-bis";

    /// <summary>UK director disqualifications (Insolvency Service): not a UK financial-sanctions designation.</summary>
    public const string UkDisqualification = "gb-disqualification";

    /// <summary>
    /// The authority code for one sanction. In order: issuers that list but do not sanction (BIS, Insolvency Service) get codes of
    /// their own; a programme id prefix ("EU-UKR" is EU law even when France publishes it) wins over the publisher's country; then
    /// well-known authority names; then the country ("eu" and "un" kept as they are). Returns "" when nothing is known.
    /// </summary>
    public static string Code(string? country, string? authority, string? programId)
    {
        if (Has(authority, "Bureau of Industry and Security") || Starts(programId, "US-BIS")) return UsExportControl;
        if (Has(authority, "Insolvency Service")) return UkDisqualification;
        if (programId is { Length: > 3 } && programId[2] == '-')
        {
            var prefix = programId[..2].ToUpperInvariant();
            switch (prefix)
            {
                case "US": return "us";
                case "EU": return "eu";
                case "GB":
                case "UK": return "gb";
                case "CA": return "ca";
                case "UN": return "un";
                default: break;
            }
        }
        if (Has(authority, "Office of Foreign Assets Control") || string.Equals(authority?.Trim(), "OFAC", StringComparison.OrdinalIgnoreCase)) return "us";
        if (Has(authority, "Security Council")) return "un";
        if (Has(authority, "European Union") || Has(authority, "European Commission")) return "eu";
        if (Has(authority, "Office of Financial Sanctions Implementation") || Has(authority, "HM Treasury")
            || Has(authority, "Foreign, Commonwealth")) return "gb";
        if (Has(authority, "Global Affairs Canada")) return "ca";
        if (string.IsNullOrWhiteSpace(country)) return "";
        var trimmed = country.Trim().ToLowerInvariant();
        if (trimmed is "eu" or "un") return trimmed;
        return Countries.ToCode(trimmed) ?? trimmed;
    }

    /// <summary>The authority code a programme id implies ("US-RUSHAR" is "us"), or null when its prefix is not a known issuer.</summary>
    public static string? FromProgramId(string programId)
    {
        var code = Code(null, null, programId);
        return code.Length == 0 ? null : code;
    }

    private static bool Has(string? text, string part) => text is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static bool Starts(string? text, string prefix) => text is not null && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
