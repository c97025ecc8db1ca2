namespace Credence.Web.Credentials;

/// <summary>Why the committee unlocks a decided delegation for amendment.</summary>
public sealed record UnlockRequest(string? Reason);
