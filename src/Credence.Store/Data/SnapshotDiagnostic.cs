using Credence.Core.Entities;

namespace Credence.Store.Data;

/// <summary>A reader diagnostic kept with its snapshot (<see cref="ParseDiagnostic"/> as a row).</summary>
public sealed class SnapshotDiagnostic
{
    public long Id { get; set; }

    public long SnapshotId { get; set; }

    /// <summary>The file the diagnostic is about.</summary>
    public required string File { get; set; }

    /// <summary>Line, row or element, as the reader gave it.</summary>
    public required string Location { get; set; }

    public string? Field { get; set; }

    public required string Message { get; set; }

    public DiagnosticSeverity Severity { get; set; }

    public ParseDiagnostic ToParseDiagnostic() => new(File, Location, Field, Message, Severity);
}
