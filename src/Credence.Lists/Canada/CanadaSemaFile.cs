using Credence.Core.Entities;

namespace Credence.Lists.Canada;

/// <summary>What <see cref="CanadaSemaReader"/> read from a SEMA XML file, before interpretation.</summary>
public sealed class CanadaSemaFile
{
    /// <summary>The records in file order.</summary>
    public required IReadOnlyList<CanadaSemaRecord> Records { get; init; }

    /// <summary>Problems met while reading (encoding, unknown or repeated elements).</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];
}
