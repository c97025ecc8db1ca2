namespace Credence.Web.Screening;

/// <summary>One hit of a batch row: the entity, its score in [0,1], what became of it and the alert it points at.</summary>
public sealed record BatchResultHit(string EntityId, string Name, double Score, string Disposition, long? AlertId);
