using System.Text.Json;
using System.Text.Json.Serialization;
using Credence.Core.Entities;

namespace Credence.Store.Data;

/// <summary>
/// Writes a <see cref="PartialDate"/> as its ISO form ("1956", "1956-07", "1956-07-03"). System.Text.Json would otherwise
/// build the struct with its default constructor and lose the year, month and day, which have no setters.
/// </summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return PartialDate.TryParseIso(text, out var date)
            ? date
            : throw new JsonException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
