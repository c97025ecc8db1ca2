using System.Text.Json;
using System.Text.Json.Serialization;

namespace Credence.Web.Screening;

/// <summary>
/// Serialisation code generated at build time for the single-screening request and answer, the API's busiest pair: the
/// answer (hits with their explanations) is written without reflection-built metadata. The options are the web defaults
/// the API uses everywhere (camelCase, numbers also read from strings), so the JSON is the same as without it.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScreeningInput))]
[JsonSerializable(typeof(ScreeningView))]
internal sealed partial class ScreeningJsonContext : JsonSerializerContext;
