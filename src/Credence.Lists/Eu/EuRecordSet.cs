using Credence.Core.Entities;

namespace Credence.Lists.Eu;

/// <summary>What an EU reader took from one file: its records in file order, the publication date as the file writes it, and the
/// problems met on the way (capped fields, undecodable bytes, unreadable rows).</summary>
/// <typeparam name="TRecord">The format's record type.</typeparam>
public sealed class EuRecordSet<TRecord>
{
    public required IReadOnlyList<TRecord> Records { get; init; }

    /// <summary>The publication date text exactly as the file states it (export@generationDate, WHOLE@Date), or null when absent.</summary>
    public string? PublishedText { get; init; }

    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];
}
