using Credence.Core.Entities;

namespace Credence.Lists.Canada;

public static partial class CanadaSemaMapper
{
    /// <summary>Diagnostics for one record: located as "record N (line L)", with over-long values cut and reported.</summary>
    private sealed class RecordSink(string file, CanadaSemaRecord record, List<ParseDiagnostic> diagnostics)
    {
        private readonly string _location = $"{record.Location} (line {record.Line})";

        public string File { get; } = file;

        public void Warn(string field, string message) => diagnostics.Add(new ParseDiagnostic(File, _location, field, message));

        public void Error(string field, string message) =>
            diagnostics.Add(new ParseDiagnostic(File, _location, field, message, DiagnosticSeverity.Error));

        /// <summary><paramref name="value"/>, or its first <paramref name="max"/> characters with a warning.</summary>
        public string Cap(string value, int max, string field)
        {
            if (value.Length <= max) return value;
            Warn(field, $"The value is {value.Length:N0} characters long; only the first {max:N0} were kept.");
            return value[..max];
        }
    }
}
