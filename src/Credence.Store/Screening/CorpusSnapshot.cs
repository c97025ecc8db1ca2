namespace Credence.Store.Screening;

/// <summary>A list a screening ran against, as recorded with its results.</summary>
/// <param name="Source">The list source id, e.g. "ofac-sdn".</param>
/// <param name="Published">The publication date the file states, if any.</param>
/// <param name="Sha256">SHA-256 of the list's input bytes, lower-case hex.</param>
/// <param name="Entities">Number of entities screened from this list.</param>
/// <param name="SnapshotId">The store's snapshot id, when the list came from the store.</param>
public sealed record CorpusSnapshot(string Source, DateOnly? Published, string? Sha256, int Entities, long? SnapshotId = null);
