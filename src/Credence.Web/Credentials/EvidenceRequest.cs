namespace Credence.Web.Credentials;

/// <summary>A piece of evidence a decision rests on: kind Alert, Screening, Challenge or Dispute, and its id.</summary>
public sealed record EvidenceRequest(string? Kind, long Id);
