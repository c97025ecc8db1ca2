using Credence.Core.Entities;
using Credence.Core.Networks;

namespace Credence.Lists.Graph;

/// <summary>The links a list states in its remarks, and the ones that could not be resolved.</summary>
/// <param name="Edges">One Associate edge per resolved link, from the entity whose remarks state it.</param>
/// <param name="Diagnostics">Links naming no entity of the same list, or several.</param>
public sealed record RemarkLinkResult(IReadOnlyList<NetworkEdge> Edges, IReadOnlyList<ParseDiagnostic> Diagnostics);
