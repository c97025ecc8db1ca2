using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>Evidence a decision rests on: an alert, a screening, a challenge or a dispute, by id.</summary>
public sealed record EvidenceLink(EvidenceKind Kind, long Id);
