using Credence.Lists.Common;
using Credence.Store.Data;

namespace Credence.Store.Lists;

/// <summary>A read-only view of a stored <see cref="ListSnapshot"/>.</summary>
public sealed record SnapshotInfo(
    long Id,
    string Source,
    ListFormat Format,
    DateOnly? Published,
    string? Sha256,
    int EntityCount,
    int DiagnosticCount,
    DateTimeOffset ImportedAt,
    IReadOnlyList<string> Files,
    SnapshotStatus Status,
    string? FailureReason)
{
    internal static SnapshotInfo From(ListSnapshot s) =>
        new(s.Id, s.Source, s.Format, s.Published, s.Sha256, s.EntityCount, s.DiagnosticCount, s.ImportedAt, [.. s.Files], s.Status, s.FailureReason);
}
