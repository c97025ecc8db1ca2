using Credence.Core.Entities;

namespace Credence.Lists.Graph;

/// <summary>What one graph file added to a <see cref="Credence.Core.Networks.NetworkGraphBuilder"/>, and the problems found on the way.</summary>
public sealed record GraphReadResult
{
    /// <summary>The file name as given to the reader.</summary>
    public required string Source { get; init; }

    /// <summary>Nodes described (a node described twice counts twice).</summary>
    public int Nodes { get; init; }

    /// <summary>Edges added (edges whose id was already added are not counted).</summary>
    public int Edges { get; init; }

    /// <summary>Listings added from Sanction entities or sanction topics.</summary>
    public int Listings { get; init; }

    /// <summary>Records of kinds the graph does not use (addresses, notes), skipped without a diagnostic.</summary>
    public int Skipped { get; init; }

    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];
}
