namespace Credence.Core.Networks;

/// <summary>Which way edges are followed in a traversal.</summary>
public enum TraversalDirection
{
    /// <summary>Both ways: a link is a link (default for neighbourhoods and paths).</summary>
    Both = 0,
    /// <summary>From an edge's From node to its To node only (e.g. down an ownership chain).</summary>
    Outgoing,
    /// <summary>From an edge's To node to its From node only (e.g. up to the owners).</summary>
    Incoming,
}
