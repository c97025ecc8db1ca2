namespace Credence.Web.Credentials;

/// <summary>A governmental authority of a country that claims, or may claim, to represent a member.</summary>
public sealed record AuthorityRequest(string? Name, string? CountryCode, string? Description);
