using System.Globalization;
using System.Text.Json;
using Credence.Store.Csv;
using Credence.Store.Data;

namespace Credence.Store.Audit;

/// <summary>
/// Writes audit entries as CSV (formula-safe, see <see cref="CsvSafe"/>) or as a JSON array, as they stream in, so an
/// export of the whole log never holds it in memory.
/// </summary>
public static class AuditExport
{
    /// <summary>The CSV header row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["id", "at", "actor", "action", "target", "details"];

    /// <summary>Writes a header and one row per entry; times are ISO 8601 UTC ("o" format).</summary>
    public static async Task WriteCsvAsync(IAsyncEnumerable<AuditEvent> entries, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(writer);
        CsvSafe.WriteRow(writer, Columns);
        var rows = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            CsvSafe.WriteRow(
                writer,
                entry.Id.ToString(CultureInfo.InvariantCulture),
                entry.At.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                entry.Actor,
                entry.Action,
                entry.Target,
                entry.Details);
            if (++rows % 500 == 0) await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a JSON array of objects with the <see cref="Columns"/> as camelCase properties (null target and details included).</summary>
    public static async Task WriteJsonAsync(IAsyncEnumerable<AuditEvent> entries, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(stream);
        var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartArray();
            await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteNumber("id", entry.Id);
                json.WriteString("at", entry.At.UtcDateTime);
                json.WriteString("actor", entry.Actor);
                json.WriteString("action", entry.Action);
                json.WriteString("target", entry.Target);
                json.WriteString("details", entry.Details);
                json.WriteEndObject();
                if (json.BytesPending > 16 * 1024) await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            json.WriteEndArray();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
