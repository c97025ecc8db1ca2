using Credence.Core.Networks;

namespace Credence.Web.Endpoints;

/// <summary>The shortest path between two entities, step by step and in words.</summary>
public sealed record NetworkPathResult(string From, string To, IReadOnlyList<PathStep> Steps, string Explanation);
