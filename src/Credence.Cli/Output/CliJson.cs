using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Cli.Output;

/// <summary>How the CLI writes JSON: camelCase, indented, enums by name, non-ASCII names as they are.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Write<T>(TextWriter writer, T value)
    {
        writer.Write(JsonSerializer.Serialize(value, Options));
        writer.WriteLine();
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // Names in Burmese, Cyrillic or Arabic stay readable instead of becoming \uXXXX escapes.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
