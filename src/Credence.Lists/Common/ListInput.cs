namespace Credence.Lists.Common;

/// <summary>One list to read: the primary file's content and, for formats that come in sets (OFAC legacy CSV), its companions.</summary>
public sealed class ListInput
{
    /// <summary>The primary file's name without folder, e.g. "sdn.csv"; readers use it in diagnostics and as a hint (cons_prim.csv is the non-SDN list).</summary>
    public required string FileName { get; init; }

    /// <summary>The primary file's bytes. Readers read it once, forwards.</summary>
    public required Stream Content { get; init; }

    /// <summary>Companion files keyed by role: "add", "alt", "comments" for the OFAC CSV set. Empty for other formats.</summary>
    public IReadOnlyDictionary<string, ListCompanion> Companions { get; init; } = new Dictionary<string, ListCompanion>();
}
