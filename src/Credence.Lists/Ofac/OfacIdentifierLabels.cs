namespace Credence.Lists.Ofac;

/// <summary>
/// The labels OFAC puts before identifying numbers in its remarks ("Passport X (Country)", "Tax ID No. X (Country)"), and the XML idTypes
/// that are information rather than numbers. Taken from the labels that occur in the 2024 sdn.csv and the 2025 consolidated lists.
/// </summary>
internal static class OfacIdentifierLabels
{
    /// <summary>Identifier labels, longest first so "Registration Number" wins over "Registration".</summary>
    public static IReadOnlyList<string> Remarks { get; } = new[]
    {
        "Passport", "Diplomatic Passport", "National ID No.", "National Foreign ID Number", "Personal ID Card", "Identification Number",
        "Registration Number", "Registration ID", "Business Registration Number", "Business Registration Document #", "Business Number",
        "Public Registration Number", "Commercial Registry Number", "Company Number", "UK Company Number", "Tax ID No.", "V.A.T. Number",
        "NIT #", "RUC #", "RIF #", "R.F.C.", "RFC", "C.U.R.P.", "Cedula No.", "D.N.I.", "C.U.I.", "C.U.I.T.", "C.R. No.",
        "Folio Mercantil No.", "Matricula Mercantil No", "Government Gazette Number", "Unified Social Credit Code (USCC)",
        "United Social Credit Code Certificate (USCCC)", "Legal Entity Number", "Economic Register Number (CBLS)",
        "Central Registration System Number", "Chamber of Commerce Number", "Trade License No.", "Enterprise Number", "Branch Unit Number",
        "Certificate of Incorporation Number", "Electoral Registry No.", "Credencial electoral", "Turkish Identification Number",
        "Italian Fiscal Code", "Residency Number", "SSN", "US FEIN", "D-U-N-S Number", "SWIFT/BIC", "BIK (RU)", "ISIN", "MMSI", "IMO",
        "Vessel Registration Identification", "Aircraft Tail Number", "Aircraft Manufacturer's Serial Number (MSN)",
        "Aircraft Mode S Transponder Code", "Birth Certificate Number", "Driver's License No.", "Numero de Identidad",
        "Cartilla de Servicio Militar Nacional", "Permit Number", "LE Number", "I.F.E.", "Kenyan ID No.", "Stateless Person ID Card",
        "Istanbul Chamber of Comm. No.", "Dubai Chamber of Commerce Membership No.", "Registered Charity No.", "Equity Ticker",
    }.OrderByDescending(label => label.Length).ToArray();

    /// <summary>The prefix of OFAC's digital currency addresses; the currency code follows ("Digital Currency Address - XBT addr").</summary>
    public const string DigitalCurrency = "Digital Currency Address - ";

    private static readonly string[] InformationPrefixes =
    [
        "Secondary sanctions risk", "Executive Order", "Target Type", "Organization Type", "Organization Established Date", "Website",
        "Email Address", "Phone Number", "Telephone", "Fax", "Gender", "Issuer Name", "Additional Sanctions Information",
        "Transactions Prohibited", "Nationality of Registration", "Vessel Year of Build", "Vessel Type", "Vessel Flag", "Other Vessel",
        "Aircraft Model", "Aircraft Operator", "Aircraft Manufacture Date", "Aircraft Construction Number",
        "CAATSA", "Listing Date", "Effective Date", "Purchase/Sales For Divestment Date", "IFCA Determination",
    ];

    /// <summary>True when an XML idType carries information (a date, a web site, a determination) rather than an identifying number.</summary>
    public static bool IsInformation(string idType)
    {
        var type = idType.Trim();
        if (type.EndsWith(':') || type.EndsWith('-')) return true;
        foreach (var prefix in InformationPrefixes)
        {
            if (type.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
