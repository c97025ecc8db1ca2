namespace Credence.Web.Endpoints;

/// <summary>A reader diagnostic of a snapshot: file, line or element, field and message.</summary>
public sealed record SnapshotDiagnosticItem(string File, string Location, string? Field, string Message, string Severity);
