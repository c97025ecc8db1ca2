namespace Credence.Web.Credentials;

/// <summary>A new member: ISO 3166-1 alpha-2 code, name, member body (e.g. the national central bureau), admission day (yyyy-MM-dd, optional).</summary>
public sealed record MemberRequest(string? CountryCode, string? Name, string? MemberBody, string? AdmittedOn);
