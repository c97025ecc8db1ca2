namespace Credence.Store.Credentials.Model;

/// <summary>A member of the organisation: a country, represented by its member body (e.g. its National Central Bureau).</summary>
public sealed class Member
{
    public long Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, upper-case, e.g. "MM".</summary>
    public required string CountryCode { get; set; }

    /// <summary>The country's short name, e.g. "Myanmar".</summary>
    public required string Name { get; set; }

    /// <summary>The body that represents the country in the organisation, e.g. "NCB Naypyidaw (Myanmar Police Force)".</summary>
    public required string MemberBody { get; set; }

    public DateOnly? AdmittedOn { get; set; }

    public MemberStatus Status { get; set; }
}
