namespace Credence.Web.Challenges;

/// <summary>Something a challenge can be filed against, as the import page offers it.</summary>
/// <param name="Value">The form value: "delegation:ID", "authority:ID" or "person:ID".</param>
/// <param name="Label">What the user reads.</param>
/// <param name="SessionId">The session of a delegation or person; null for an authority (any session).</param>
public sealed record ChallengeTargetChoice(string Value, string Label, long? SessionId);
