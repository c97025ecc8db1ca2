namespace Credence.Web.Credentials;

/// <summary>The organisation's decision on a claim: outcome Recognised, NotRecognised or Deferred; organ, day, grounds, session (optional).</summary>
public sealed record RecognitionRequest(string? Outcome, string? Organ, string? DecidedOn, string? Grounds, long? SessionId);
