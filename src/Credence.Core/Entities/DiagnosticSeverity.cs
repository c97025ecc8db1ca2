namespace Credence.Core.Entities;

public enum DiagnosticSeverity
{
    /// <summary>A value was dropped or repaired; the record was kept.</summary>
    Warning = 0,
    /// <summary>The record was skipped.</summary>
    Error,
}
