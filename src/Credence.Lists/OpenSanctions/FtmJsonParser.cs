using System.Globalization;
using System.Text;
using System.Text.Json;
using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Parses one JSON line into an <see cref="FtmRecord"/> or <see cref="FtmDeltaRecord"/> with <see cref="Utf8JsonReader"/>. Takes the
/// fields as written; problems become diagnostics with the line and System.Text.Json's byte position in it.
/// </summary>
internal static class FtmJsonParser
{
    private static readonly JsonReaderOptions Options = new()
    {
        MaxDepth = FtmReader.MaxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static FtmRecord? ParseEntity(ReadOnlySpan<byte> line, LineContext context, out FtmLineOutcome outcome)
    {
        FtmRecord? record = null;
        outcome = Parse(line, context, (ref Utf8JsonReader reader) =>
        {
            record = ReadEntity(ref reader, context, schemaRequired: true);
            return record is not null;
        });
        // A record read before the line turned out to be broken (a second value after it) is not used.
        return outcome == FtmLineOutcome.Record ? record : null;
    }

    public static FtmDeltaRecord? ParseDelta(ReadOnlySpan<byte> line, LineContext context, out FtmLineOutcome outcome)
    {
        FtmDeltaRecord? record = null;
        outcome = Parse(line, context, (ref Utf8JsonReader reader) =>
        {
            record = ReadDelta(ref reader, context);
            return record is not null;
        });
        return outcome == FtmLineOutcome.Record ? record : null;
    }

    private delegate bool ObjectReader(ref Utf8JsonReader reader);

    private static FtmLineOutcome Parse(ReadOnlySpan<byte> line, LineContext context, ObjectReader readObject)
    {
        if (line.Trim(" \t\r"u8).IsEmpty) return FtmLineOutcome.Blank;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, new JsonReaderState(Options));
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var found = Describe(reader.TokenType);
                reader.Skip();
                // Reading on checks the rest of the line is valid JSON, so "[1,2" is reported as invalid, not as an array.
                while (reader.Read()) { }
                context.Report(null, $"Expected a JSON object on each line, found {found}; the line was skipped.", DiagnosticSeverity.Error);
                return FtmLineOutcome.NotRecord;
            }
            var ok = readObject(ref reader);
            // A second value on the same line is an error System.Text.Json raises here.
            while (reader.Read()) { }
            return ok ? FtmLineOutcome.Record : FtmLineOutcome.NotRecord;
        }
        catch (JsonException ex)
        {
            context.ReportAt(ex.BytePositionInLine ?? 0, null, $"Not valid JSON: {TrimPosition(ex.Message)}; the line was skipped.");
            return FtmLineOutcome.Invalid;
        }
    }

    private static FtmDeltaRecord? ReadDelta(ref Utf8JsonReader reader, LineContext context)
    {
        string? op = null;
        FtmRecord? entity = null;
        var entityPresent = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = ReadScalar(ref reader, context, "op")?.Trim().ToUpperInvariant();
            }
            else if (reader.ValueTextEquals("entity"u8))
            {
                reader.Read();
                entityPresent = true;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    // DEL needs only the id; whether the schema is required is decided once op is known (it may come later).
                    entity = ReadEntity(ref reader, context, schemaRequired: false);
                }
                else
                {
                    reader.Skip();
                    context.Report("entity", "The delta \"entity\" is not a JSON object; the line was skipped.", DiagnosticSeverity.Error);
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (op is null)
        {
            context.Report("op", "The delta line has no \"op\"; the line was skipped.", DiagnosticSeverity.Error);
            return null;
        }
        if (entity is null)
        {
            if (!entityPresent) context.Report("entity", "The delta line has no \"entity\"; the line was skipped.", DiagnosticSeverity.Error);
            return null;
        }
        if (entity.Schema.Length == 0 && !string.Equals(op, "DEL", StringComparison.Ordinal))
        {
            context.Report("schema", $"The {op} entity {entity.Id} has no schema; the line was skipped.", DiagnosticSeverity.Error);
            return null;
        }
        return new FtmDeltaRecord(op, entity, context.Line);
    }

    private static FtmRecord? ReadEntity(ref Utf8JsonReader reader, LineContext context, bool schemaRequired)
    {
        string? id = null, schema = null, caption = null, firstSeen = null, lastSeen = null, lastChange = null;
        bool? target = null;
        Dictionary<string, IReadOnlyList<string>>? properties = null;
        IReadOnlyList<string> datasets = [], referents = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8)) { reader.Read(); id = ReadScalar(ref reader, context, "id"); }
            else if (reader.ValueTextEquals("schema"u8)) { reader.Read(); schema = ReadScalar(ref reader, context, "schema"); }
            else if (reader.ValueTextEquals("caption"u8)) { reader.Read(); caption = ReadScalar(ref reader, context, "caption"); }
            else if (reader.ValueTextEquals("properties"u8)) { reader.Read(); properties = ReadProperties(ref reader, context); }
            else if (reader.ValueTextEquals("datasets"u8)) { reader.Read(); datasets = ReadValues(ref reader, context, "datasets"); }
            else if (reader.ValueTextEquals("referents"u8)) { reader.Read(); referents = ReadValues(ref reader, context, "referents"); }
            else if (reader.ValueTextEquals("target"u8)) { reader.Read(); target = ReadBoolean(ref reader); }
            else if (reader.ValueTextEquals("first_seen"u8)) { reader.Read(); firstSeen = ReadScalar(ref reader, context, "first_seen"); }
            else if (reader.ValueTextEquals("last_seen"u8)) { reader.Read(); lastSeen = ReadScalar(ref reader, context, "last_seen"); }
            else if (reader.ValueTextEquals("last_change"u8)) { reader.Read(); lastChange = ReadScalar(ref reader, context, "last_change"); }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (string.IsNullOrWhiteSpace(id))
        {
            context.Report("id", "The entity has no \"id\"; the line was skipped.", DiagnosticSeverity.Error);
            return null;
        }
        if (schemaRequired && string.IsNullOrWhiteSpace(schema))
        {
            context.Report("schema", $"The entity {id} has no \"schema\"; the line was skipped.", DiagnosticSeverity.Error);
            return null;
        }
        return new FtmRecord
        {
            Id = id.Trim(),
            Schema = schema?.Trim() ?? "",
            Caption = caption,
            Properties = properties ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal),
            Datasets = datasets,
            Referents = referents,
            Target = target,
            FirstSeen = firstSeen,
            LastSeen = lastSeen,
            LastChange = lastChange,
            Line = context.Line,
        };
    }

    private static Dictionary<string, IReadOnlyList<string>>? ReadProperties(ref Utf8JsonReader reader, LineContext context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            context.Report("properties", "\"properties\" is not a JSON object; it was ignored.");
            return null;
        }
        var properties = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var values = ReadValues(ref reader, context, name);
            if (values.Count == 0) continue;
            // A repeated key adds its values rather than hiding the first ones.
            properties[name] = properties.TryGetValue(name, out var earlier) ? [.. earlier, .. values] : values;
        }
        return properties;
    }

    /// <summary>Reads a property's values: an array of strings as FollowTheMoney writes them, or a single value.</summary>
    private static IReadOnlyList<string> ReadValues(ref Utf8JsonReader reader, LineContext context, string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var single = ReadValue(ref reader, context, field);
            return single is null ? [] : [single];
        }
        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var value = ReadValue(ref reader, context, field);
            if (value is not null) values.Add(value);
        }
        return values;
    }

    private static string? ReadValue(ref Utf8JsonReader reader, LineContext context, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                // Nested exports embed the referenced entity; the reference is its id.
                var nestedId = ReadNestedId(ref reader, context, field);
                if (nestedId is null) context.Report(field, "A nested object without an \"id\" was ignored.");
                return nestedId;
            case JsonTokenType.StartArray:
                reader.Skip();
                context.Report(field, "A nested array was ignored; property values are strings.");
                return null;
            default:
                return ReadScalar(ref reader, context, field);
        }
    }

    private static string? ReadNestedId(ref Utf8JsonReader reader, LineContext context, string field)
    {
        string? id = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isId = reader.ValueTextEquals("id"u8);
            reader.Read();
            if (isId && reader.TokenType == JsonTokenType.String) id = ReadScalar(ref reader, context, field);
            else reader.Skip();
        }
        return id;
    }

    private static string? ReadScalar(ref Utf8JsonReader reader, LineContext context, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return Cap(reader.GetString()!, context, field);
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                context.Report(field, "Expected a string; the value was ignored.");
                return null;
        }
    }

    private static bool? ReadBoolean(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            default:
                reader.Skip();
                return null;
        }
    }

    private static string Cap(string value, LineContext context, string field)
    {
        if (value.Length <= FtmReader.MaxValueLength) return value;
        var cut = FtmReader.MaxValueLength;
        if (char.IsHighSurrogate(value[cut - 1])) cut--;
        context.Report(field, string.Create(CultureInfo.InvariantCulture,
            $"A value of {value.Length:N0} characters was cut to {cut:N0}."));
        return value[..cut];
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "a JSON array",
        JsonTokenType.String => "a JSON string",
        JsonTokenType.Number => "a JSON number",
        JsonTokenType.True or JsonTokenType.False => "a JSON boolean",
        JsonTokenType.Null => "null",
        _ => "something else",
    };

    // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: n." (within this line only); the diagnostic states the place itself.
    private static string TrimPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }
}
