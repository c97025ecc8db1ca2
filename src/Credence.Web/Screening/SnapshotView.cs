namespace Credence.Web.Screening;

/// <summary>A list snapshot a screening ran against.</summary>
/// <param name="Id">The store's snapshot id; null for the built-in demo list when the store had none.</param>
/// <param name="Source">The list source id, e.g. "ofac-sdn".</param>
/// <param name="Published">The publication date the list states.</param>
/// <param name="Sha256">SHA-256 of the list file(s), lower-case hex.</param>
/// <param name="Entities">Entities screened from this list.</param>
public sealed record SnapshotView(long? Id, string Source, DateOnly? Published, string? Sha256, int Entities);
