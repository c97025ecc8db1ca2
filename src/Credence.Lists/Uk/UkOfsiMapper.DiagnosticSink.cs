using Credence.Core.Entities;

namespace Credence.Lists.Uk;

public static partial class UkOfsiMapper
{
    /// <summary>Collects the mapper's diagnostics for one file and cuts over-long cells with a warning.</summary>
    private sealed class DiagnosticSink(string file, List<ParseDiagnostic> diagnostics)
    {
        public string File { get; } = file;

        public List<ParseDiagnostic> Diagnostics { get; } = diagnostics;

        public void Warn(string location, string? field, string message) =>
            Diagnostics.Add(new ParseDiagnostic(File, location, field, message));

        public void Error(string location, string? field, string message) =>
            Diagnostics.Add(new ParseDiagnostic(File, location, field, message, DiagnosticSeverity.Error));

        /// <summary><paramref name="value"/>, or its first <paramref name="max"/> characters with a warning.</summary>
        public string Cap(string value, int max, string location, string field)
        {
            if (value.Length <= max) return value;
            Warn(location, field, $"The value is {value.Length:N0} characters long; only the first {max:N0} were kept.");
            return value[..max];
        }
    }
}
