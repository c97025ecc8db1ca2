namespace Credence.Web.Endpoints;

/// <summary>A contact person named by a challenge; organisation and email are null when not given.</summary>
public sealed record ChallengeContactItem(string Name, string? Organisation, string? Email);
