using System.Text.Json;
using System.Text.Json.Serialization;
using Credence.Core.Entities;

namespace Credence.Store.Data;

/// <summary>The JSON form of a <see cref="SanctionEntity"/> in the store: camelCase, enums by name, dates in ISO form.</summary>
public static class EntityJson
{
    /// <summary>
    /// Options for entity JSON. Read-only properties (<see cref="SanctionEntity.Id"/>, <see cref="SanctionEntity.PrimaryName"/>)
    /// are left out because they are computed from the others.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(SanctionEntity entity) => JsonSerializer.Serialize(entity, Options);

    /// <summary>Reads an entity written by <see cref="Serialize"/>.</summary>
    /// <exception cref="JsonException">The text is not an entity (for instance a required property is missing).</exception>
    public static SanctionEntity Deserialize(string json) =>
        JsonSerializer.Deserialize<SanctionEntity>(json, Options) ?? throw new JsonException("The entity JSON is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            IgnoreReadOnlyProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new PartialDateJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
