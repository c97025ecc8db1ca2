namespace Credence.Core.Entities;

/// <summary>A problem with one row or element of a list. Reading goes on past it.</summary>
/// <param name="Source">The file name, or the list source when there is no file.</param>
/// <param name="Location">Line ("line 12") or element ("INDIVIDUAL[3]/DATAID"), as System.Text.Json or the XML reader gives it.</param>
/// <param name="Field">The field or column concerned, or null for the whole record.</param>
/// <param name="Message">What is wrong, in one sentence a user understands.</param>
/// <param name="Severity">Warning (value kept or dropped, record kept) or Error (record skipped).</param>
public sealed record ParseDiagnostic(string Source, string Location, string? Field, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Warning)
{
    public override string ToString() =>
        Field is null ? $"{Source} {Location}: {Message}" : $"{Source} {Location}, {Field}: {Message}";
}
