namespace Credence.Lists.Un;

/// <summary>What a UN consolidated list file holds: the root's dateGenerated attribute (as text) and its individuals and entities.</summary>
public sealed record UnXmlFile(string? DateGenerated, IReadOnlyList<UnXmlRecord> Records);
