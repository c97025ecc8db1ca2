using Credence.Core.Networks;

namespace Credence.Web.Endpoints;

/// <summary>An entity of the graph with its listings and its direct links.</summary>
public sealed record NetworkEntityDetails(NetworkNode Entity, IReadOnlyList<NetworkEdge> Links);
