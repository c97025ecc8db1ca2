using Credence.Core.Entities;

namespace Credence.Lists.Uk;

/// <summary>What <see cref="UkOfsiCsvReader"/> and <see cref="UkOfsiXlsxReader"/> read from a ConList file, before interpretation.</summary>
public sealed class UkOfsiFile
{
    /// <summary>The second cell of the "Last Updated" heading row as published (normally dd/mm/yyyy), or empty.</summary>
    public required string LastUpdatedText { get; init; }

    /// <summary>Where the "Last Updated" heading was found: "line 1" or "row 1".</summary>
    public required string LastUpdatedLocation { get; init; }

    /// <summary>The name rows in file order.</summary>
    public required IReadOnlyList<UkOfsiRecord> Records { get; init; }

    /// <summary>Problems met while reading bytes and cells (encoding, malformed quoting, short rows, unknown columns).</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];
}
