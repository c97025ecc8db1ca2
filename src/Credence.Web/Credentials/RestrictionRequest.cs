namespace Credence.Web.Credentials;

/// <summary>A restriction on a member: type Vote, Candidacy, Services or DataAccess; legal basis; start and optional end (yyyy-MM-dd).</summary>
public sealed record RestrictionRequest(long MemberId, string? Type, string? LegalBasis, string? StartsOn, string? EndsOn);
