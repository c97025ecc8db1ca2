using System.Globalization;
using Credence.Core.Matching;
using Credence.Store.Screening;
using Spectre.Console;

namespace Credence.Cli.Output;

/// <summary>The human output of <c>screen</c>: the lists screened, a table of hits, and each hit's explanation under it.</summary>
internal static class HitsView
{
    public static void Render(
        IAnsiConsole console, ScreeningQuery query, IReadOnlyList<CorpusSnapshot> snapshots, IReadOnlyList<ScreeningHit> hits, double threshold)
    {
        console.WriteLine($"Screened \"{query.Name}\" against {Describe(snapshots)}.");
        if (hits.Count == 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"No hits at threshold {threshold:0.00}."));
            return;
        }

        var table = new Table().Border(console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii2);
        foreach (var column in new[] { "#", "Score", "Entity", "Source", "Schema", "Name", "Matched name", "Programs" })
        {
            table.AddColumn(new TableColumn(column));
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            table.AddRow(
                Cell((i + 1).ToString(CultureInfo.InvariantCulture)),
                Cell(Score(hit.Score)),
                Cell(hit.Entity.Id),
                Cell(hit.Entity.Source),
                Cell(hit.Entity.Schema.ToString()),
                Cell(hit.Entity.PrimaryName),
                Cell(hit.Explanation.MatchedName),
                Cell(string.Join(", ", hit.Entity.Programs)));
        }
        console.Write(table);

        for (var i = 0; i < hits.Count; i++)
        {
            console.WriteLine();
            RenderExplanation(console, i + 1, hits[i]);
        }
    }

    public static string Score(double score) => score.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>Token alignment and qualifier effects, one per line.</summary>
    public static void RenderExplanation(IAnsiConsole console, int number, ScreeningHit hit)
    {
        var e = hit.Explanation;
        console.WriteLine($"#{number} {hit.Entity.Id} {hit.Entity.PrimaryName}: {Score(e.Score)}");
        console.WriteLine(string.IsNullOrWhiteSpace(e.Summary)
            ? $"  \"{e.QueryName}\" against \"{e.MatchedName}\": name score {Score(e.NameScore)}"
            : "  " + e.Summary);
        var grid = new Grid()
            .AddColumn(new GridColumn().Padding(4, 0, 2, 0))
            .AddColumn(new GridColumn().PadRight(2))
            .AddColumn(new GridColumn().PadRight(2))
            .AddColumn(new GridColumn().PadRight(2))
            .AddColumn(new GridColumn());
        foreach (var token in e.Tokens)
        {
            grid.AddRow(
                Cell(token.QueryToken ?? "-"),
                Cell("~ " + (token.ListToken ?? "-")),
                Cell(token.How),
                Cell(Score(token.Similarity)),
                Cell("weight " + token.Weight.ToString("0.00", CultureInfo.InvariantCulture)));
        }
        if (e.Tokens.Count > 0) console.Write(grid);
        foreach (var q in e.Qualifiers)
        {
            var delta = q.Delta.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);
            console.WriteLine($"    {q.Qualifier}: {q.Outcome} {delta} ({q.Detail})");
        }
    }

    public static string Describe(IReadOnlyList<CorpusSnapshot> snapshots) =>
        snapshots.Count == 0
            ? "no lists"
            : string.Join("; ", snapshots.Select(s => string.Create(
                CultureInfo.InvariantCulture,
                $"{s.Source} ({(s.Published is { } p ? "published " + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", " : "")}{s.Entities:N0} entities, sha256 {Short(s.Sha256)})")));

    private static string Short(string? sha) => sha is { Length: > 12 } ? sha[..12] : sha ?? "-";

    private static Text Cell(string text) => new(text);
}
