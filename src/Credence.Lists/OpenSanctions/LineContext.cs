using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>The file and line being parsed, so every diagnostic names its place.</summary>
internal sealed class LineContext(string file, ICollection<ParseDiagnostic> diagnostics)
{
    public string File { get; } = file;

    public int Line { get; set; }

    /// <summary>The first error reported (a skipped line), used when the whole file turns out not to be JSON lines.</summary>
    public ParseDiagnostic? FirstProblem { get; private set; }

    public string Location => string.Create(CultureInfo.InvariantCulture, $"line {Line}");

    public void Report(string? field, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Add(new ParseDiagnostic(File, Location, field, message, severity));

    /// <summary>Reports an error at a byte position as System.Text.Json gives it (BytePositionInLine, from 0).</summary>
    public void ReportAt(long bytePosition, string? field, string message) =>
        Add(new ParseDiagnostic(File, string.Create(CultureInfo.InvariantCulture, $"line {Line}, position {bytePosition}"), field,
            message, DiagnosticSeverity.Error));

    private void Add(ParseDiagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error) FirstProblem ??= diagnostic;
        diagnostics.Add(diagnostic);
    }
}
