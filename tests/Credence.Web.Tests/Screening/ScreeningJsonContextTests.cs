using System.Text.Json;
using Credence.Core.Matching;
using Credence.Web.Screening;

namespace Credence.Web.Tests.Screening;

public sealed class ScreeningJsonContextTests
{
    [Fact]
    public void Serialize_ScreeningView_WritesWhatReflectionWrites()
    {
        // The generated code must not change the API's JSON: same names, nulls, escaping and numbers as the web defaults.
        using var options = JsonDocument.Parse("""{"threshold":0.7,"limit":3,"matching":{"weight":1.5}}""");
        var explanation = new HitExplanation(
            "Mïn <Aung> & 'Hlaing'",
            "MIN AUNG HLAING",
            0.97,
            [new TokenAlignment("min", "min", 1, 0.4, "exact"), new TokenAlignment(null, "hlaing", 0, 0.2, "missing")],
            [new QualifierEffect("birthDate", "match", 0.05, "1956 = 1956")],
            0.99,
            "Strong match");
        var view = new ScreeningView(
            42,
            new DateTimeOffset(2026, 11, 28, 6, 0, 0, 123, TimeSpan.Zero),
            "key:bench",
            "api",
            new QueryView("Mïn Aung Hlaing", "Person", "1956-07", "mm", ["passport 12345"], null),
            [new SnapshotView(3, "ofac-sdn", new DateOnly(2026, 11, 1), new string('a', 64), 17000), new SnapshotView(null, "demo", null, null, 5)],
            "credence-match/1",
            options.RootElement.Clone(),
            1,
            [new HitView(1, "ofac-sdn:1", "ofac-sdn", "Person", "MIN AUNG HLAING", 0.99, ["BURMA-EO14014"], "newAlert", 7, null, explanation),
             new HitView(2, "x:2", "x", null, "Linked Co", 0.5, [], "suppressed", null, 3, explanation, "linked", "owned by (BURMA)")],
            null,
            null);

        var generated = JsonSerializer.Serialize(view, ScreeningJsonContext.Default.ScreeningView);

        Assert.Equal(JsonSerializer.Serialize(view, new JsonSerializerOptions(JsonSerializerDefaults.Web)), generated);
    }
}
