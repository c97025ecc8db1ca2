using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Web.Credentials;

/// <summary>The JSON of the credentials API: camelCase, enums as their names (e.g. "Accepted"), nulls left out.</summary>
public static class CredentialsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
