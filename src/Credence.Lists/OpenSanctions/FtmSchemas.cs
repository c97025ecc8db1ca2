using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>Which FollowTheMoney schemas are screened parties, and which describe links or details of them.</summary>
public static class FtmSchemas
{
    public const string Sanction = "Sanction";
    public const string Address = "Address";
    public const string Identification = "Identification";
    public const string Passport = "Passport";

    /// <summary>Schemas that link two entities; a networks reader takes these, the screening list skips them.</summary>
    public static IReadOnlySet<string> Relationships { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Ownership", "Directorship", "Family", "Associate", "Membership", "UnknownLink", "Representation", "Employment",
        "Succession", "Occupancy",
    };

    // Details of a party, or documents about it: neither screened nor worth a diagnostic when skipped.
    private static readonly HashSet<string> Details = new(StringComparer.Ordinal)
    {
        Sanction, Address, Identification, Passport, "Position", "Note", "Documentation", "Mention", "Article", "Image", "Event",
        "Debt", "Payment", "Contract", "ContractAward", "CourtCase", "CourtCaseParty", "Similar",
    };

    /// <summary>The Core schema of a screened party: Person; Company, Organization, LegalEntity and PublicBody as Organization;
    /// Vessel; Airplane as Aircraft. Null for every other schema.</summary>
    public static EntitySchema? ToEntitySchema(string schema) => schema switch
    {
        "Person" => EntitySchema.Person,
        "Company" or "Organization" or "LegalEntity" or "PublicBody" => EntitySchema.Organization,
        "Vessel" => EntitySchema.Vessel,
        "Airplane" => EntitySchema.Aircraft,
        _ => null,
    };

    /// <summary>True for the relationship schemas in <see cref="Relationships"/>.</summary>
    public static bool IsRelationship(string schema) => Relationships.Contains(schema);

    /// <summary>True for schemas that are neither screened parties nor known links or details (CryptoWallet, Security, ...):
    /// skipped with a warning so nobody believes they were screened.</summary>
    public static bool IsUnscreenedOther(string schema) =>
        ToEntitySchema(schema) is null && !Relationships.Contains(schema) && !Details.Contains(schema);
}
