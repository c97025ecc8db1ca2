using System.Text.Json.Serialization;

namespace Credence.Core.Networks;

/// <summary>A walk through the graph, as its edges in order. Serialises as {steps:[{from, to, type}]}.</summary>
/// <param name="Steps">The edges walked, first to last; empty when start and end are the same node.</param>
public sealed record NetworkPath(IReadOnlyList<PathStep> Steps)
{
    /// <summary>
    /// The path in one sentence ("X is a director of Y, which is 60% owned by Z, listed by EU, US and UK."), when the query that
    /// produced it explains paths; otherwise null. Not serialised.
    /// </summary>
    [JsonIgnore]
    public string? Explanation { get; init; }

    /// <summary>Number of edges.</summary>
    [JsonIgnore]
    public int Length => Steps.Count;
}
