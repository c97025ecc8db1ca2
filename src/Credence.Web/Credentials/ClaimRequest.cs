namespace Credence.Web.Credentials;

/// <summary>An authority's claim to represent the member, from a day (yyyy-MM-dd), with its stated basis.</summary>
public sealed record ClaimRequest(long AuthorityId, string? ClaimedFrom, string? Basis);
