namespace Credence.Web.Screening;

/// <summary>yente's match request: example entities by the caller's own keys (weights are accepted and ignored).</summary>
public sealed record YenteMatchRequest
{
    public Dictionary<string, YenteExample?>? Queries { get; init; }

    public Dictionary<string, double>? Weights { get; init; }
}
