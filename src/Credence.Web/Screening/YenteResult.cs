using System.Text.Json.Serialization;

namespace Credence.Web.Screening;

/// <summary>One scored entity in yente's shape (FollowTheMoney properties), plus Credence's own <see cref="Credence"/> object.</summary>
public sealed record YenteResult
{
    public required string Id { get; init; }

    public required string Caption { get; init; }

    public required string Schema { get; init; }

    public required Dictionary<string, List<string>> Properties { get; init; }

    public required IReadOnlyList<string> Datasets { get; init; }

    public IReadOnlyList<string> Referents { get; init; } = [];

    public bool Target { get; init; } = true;

    [JsonPropertyName("first_seen")]
    public DateTimeOffset? FirstSeen { get; init; }

    [JsonPropertyName("last_seen")]
    public DateTimeOffset? LastSeen { get; init; }

    [JsonPropertyName("last_change")]
    public DateTimeOffset? LastChange { get; init; }

    /// <summary>Score in [0,1].</summary>
    public double Score { get; init; }

    /// <summary>The name similarity and each qualifier's effect on the score.</summary>
    public required Dictionary<string, double> Features { get; init; }

    /// <summary>True when the score is at or above the request's threshold.</summary>
    public bool Match { get; init; }

    public required YenteCredence Credence { get; init; }
}
