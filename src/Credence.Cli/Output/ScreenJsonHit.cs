using Credence.Core.Matching;

namespace Credence.Cli.Output;

/// <summary>One entry of "hits" in <c>screen --json</c>.</summary>
internal sealed record ScreenJsonHit(
    string EntityId,
    string Source,
    string Schema,
    string Name,
    string MatchedName,
    double Score,
    IReadOnlyList<string> Programs,
    HitExplanation Explanation);
