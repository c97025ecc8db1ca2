namespace Credence.Store.Lists;

/// <summary>Where to fetch one list source: its id and the URL of each file of the list (usually one).</summary>
/// <param name="SourceId">The list source id, e.g. "ofac-sdn".</param>
/// <param name="Urls">The files to download; they are imported together, as one list.</param>
public sealed record ListUpdateSource(string SourceId, IReadOnlyList<Uri> Urls);
