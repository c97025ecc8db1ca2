using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Credence.Store.Csv;
using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Screening;

/// <summary>Reads a batch's results from the store page by page, in input order, and writes them as CSV.</summary>
public static class BatchResults
{
    private const int PageSize = 500;

    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["row", "reference", "name", "status", "top_score", "hit_count", "hits", "screening_id", "error"];

    /// <summary>Every stored row of job <paramref name="jobId"/> (screened or in error), in row order, without loading them all.</summary>
    public static async IAsyncEnumerable<BatchResultRow> ReadAsync(
        CredenceDbContext db, long jobId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = 0;
        while (true)
        {
            var page = await db.Screenings.AsNoTracking()
                .Where(s => s.BatchJobId == jobId && s.BatchRow > last)
                .OrderBy(s => s.BatchRow)
                .Take(PageSize)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var upTo = page.Count == PageSize ? page[^1].BatchRow!.Value : int.MaxValue;
            var errors = await db.BatchRowErrors.AsNoTracking()
                .Where(e => e.BatchJobId == jobId && e.Row > last && e.Row <= upTo)
                .OrderBy(e => e.Row)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var ids = page.Select(s => s.Id).ToList();
            var hits = await db.ScreeningHits.AsNoTracking()
                .Where(h => ids.Contains(h.ScreeningId))
                .OrderBy(h => h.ScreeningId).ThenBy(h => h.Rank)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var alerts = await ScreeningViews.AlertsAsync(db, hits, cancellationToken).ConfigureAwait(false);
            var hitsOf = hits.ToLookup(h => h.ScreeningId);

            var rows = page.Select(s => Screened(s, hitsOf[s.Id], alerts))
                .Concat(errors.Select(e => new BatchResultRow(e.Row, null, null, "error", null, null, [], e.Message)))
                .OrderBy(r => r.Row);
            foreach (var row in rows) yield return row;
            if (page.Count < PageSize) yield break;
            last = upTo;
        }
    }

    /// <summary>Writes <paramref name="rows"/> as formula-safe CSV (UTF-8 with a byte-order mark, so spreadsheets read any script).</summary>
    public static async Task WriteCsvAsync(IAsyncEnumerable<BatchResultRow> rows, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            // Written asynchronously: the server refuses synchronous writes once the writer's buffer fills.
            await writer.WriteAsync(CsvSafe.Row(CsvHeader) + CsvSafe.LineEnd).ConfigureAwait(false);
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var line = CsvSafe.Row(
                [
                    row.Row.ToString(CultureInfo.InvariantCulture),
                    row.Reference,
                    row.Name,
                    row.Status,
                    row.TopScore?.ToString("0.000", CultureInfo.InvariantCulture),
                    row.Hits.Count.ToString(CultureInfo.InvariantCulture),
                    string.Join("; ", row.Hits.Select(h => string.Create(
                        CultureInfo.InvariantCulture, $"{h.EntityId} {h.Name} ({h.Score:0.000}, {h.Disposition})"))),
                    row.ScreeningId?.ToString(CultureInfo.InvariantCulture),
                    row.Error,
                ]);
                await writer.WriteAsync(line + CsvSafe.LineEnd).ConfigureAwait(false);
            }
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static BatchResultRow Screened(ScreeningRecord screening, IEnumerable<ScreeningHitRecord> rows, IReadOnlyDictionary<long, Alert> alerts)
    {
        var hits = rows.Select(h => new BatchResultHit(
                h.EntityId, h.EntityName, h.Score, ScreeningViews.Name(ScreeningViews.Disposition(screening, h, alerts)), h.AlertId ?? h.SuppressedByAlertId))
            .ToList();
        return new BatchResultRow(
            screening.BatchRow ?? 0,
            ScreeningViews.Query(screening).Reference,
            screening.QueryName,
            hits.Count > 0 ? "hit" : "clear",
            hits.Count > 0 ? hits.Max(h => h.Score) : null,
            screening.Id,
            hits,
            null);
    }
}
