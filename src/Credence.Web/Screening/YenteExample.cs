using System.Text.Json;

namespace Credence.Web.Screening;

/// <summary>
/// A FollowTheMoney example entity as yente's <c>/match</c> takes it: a schema ("Person", "Company", ...) and properties,
/// each a list of strings (a single string is accepted too).
/// </summary>
public sealed record YenteExample
{
    public string? Id { get; init; }

    public string? Schema { get; init; }

    public Dictionary<string, JsonElement>? Properties { get; init; }
}
