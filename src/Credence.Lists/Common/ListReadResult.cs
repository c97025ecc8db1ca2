using Credence.Core.Entities;

namespace Credence.Lists.Common;

/// <summary>What a list source produced: its entities, the problems found on the way, and what the file says about itself.</summary>
public sealed class ListReadResult
{
    /// <summary>The list source id, e.g. "ofac-sdn" (see <see cref="ListSources"/>).</summary>
    public required string Source { get; init; }

    public required ListFormat Format { get; init; }

    public required IReadOnlyList<SanctionEntity> Entities { get; init; }

    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The publication date the file states, when it states one.</summary>
    public DateOnly? Published { get; init; }
}
