namespace Credence.Web.Credentials;

/// <summary>An appeal (day) or a lifting (day and reason) of a restriction; days as yyyy-MM-dd.</summary>
public sealed record RestrictionChange(string? On, string? Reason);
