namespace Credence.Web.Credentials;

/// <summary>Makes a user (normally of the focal-point role) the focal point of a member.</summary>
public sealed record FocalPointRequest(string? UserName, long MemberId);
