using System.Text.Json;
using Credence.Store.Review;

namespace Credence.Web.Endpoints;

/// <summary>
/// An alert with what is needed to decide it: the screening (query as given, lists with SHA-256, algorithm version and
/// options), the hit and its explanation as recorded, the listed record (null when no stored snapshot holds it any more),
/// and every decision, oldest first.
/// </summary>
public sealed record AlertDetail(
    AlertSummary Alert,
    AlertScreening Screening,
    AlertHit? Hit,
    JsonElement? Entity,
    IReadOnlyList<DecisionView> Decisions)
{
    internal static AlertDetail From(AlertDetails d)
    {
        var s = d.Screening;
        var screening = new AlertScreening(
            s.Id, s.RunAt, s.RunBy, s.Origin.ToString(), Parse(s.QueryJson)!.Value, d.Snapshots, s.AlgorithmVersion, Parse(s.OptionsJson)!.Value);
        var hit = d.Hit is null ? null : new AlertHit(d.Hit.Rank, d.Hit.Score, d.Hit.RecordHash, d.Hit.Programs, Parse(d.Hit.ExplanationJson)!.Value);
        return new AlertDetail(AlertSummary.From(d.Alert), screening, hit, Parse(d.EntityJson), [.. d.Decisions.Select(DecisionView.From)]);
    }

    private static JsonElement? Parse(string? json)
    {
        if (json is null) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
