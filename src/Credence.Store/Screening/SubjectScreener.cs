using System.Text.Json;
using Credence.Core.Matching;
using Credence.Core.Networks;
using Credence.Core.Text;
using Credence.Store.Data;

namespace Credence.Store.Screening;

/// <summary>
/// The CPU-bound half of a screening: screens a subject and prepares what will be stored (subject key, list-record
/// fingerprints, the JSON of query, options and explanations), without a store. Thread-safe: one instance serves every
/// request, so a request that only screens does not rent a database context.
/// </summary>
public sealed class SubjectScreener
{
    private readonly TimeProvider _time;
    private readonly NameNormalizer _normalizer;

    /// <param name="time">Gives today's date for linked hits when none is passed.</param>
    /// <param name="normalizer">Makes subject keys; default <see cref="ScreeningCorpus.CreateNormalizer"/>.</param>
    public SubjectScreener(TimeProvider time, NameNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _normalizer = normalizer ?? ScreeningCorpus.CreateNormalizer();
    }

    /// <summary>
    /// Screens without storing. With <paramref name="linked"/>, unlisted graph entities that listed parties own, control or
    /// are related to are added as linked hits (scored below direct hits, see <see cref="LinkedPartyFinder.ScoreFactor"/>),
    /// ranked with the rest.
    /// </summary>
    /// <param name="corpus">The lists to screen against.</param>
    /// <param name="request">The subject and options.</param>
    /// <param name="linked">The network's linked-party finder, or null for direct hits only.</param>
    /// <param name="at">The day ownership and links must hold on, for linked hits; default today (UTC).</param>
    public ScreenedSubject Screen(ScreeningCorpus corpus, ScreeningRequest request, LinkedPartyFinder? linked = null, DateOnly? at = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(request);
        var options = ScreeningRecorder.JsonOptions;
        var threshold = request.Threshold ?? corpus.Index.Options.Threshold;
        var direct = corpus.Screen(request.Query, new ScreenOptions { Threshold = threshold, Limit = request.Limit });
        var ranked = direct.Select(h => (Hit: h, Link: (LinkedHit?)null)).ToList();
        if (linked is not null)
        {
            var day = at ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
            foreach (var link in linked.Find(request.Query, day, threshold, request.Limit))
            {
                var explanation = link.NameMatch with
                {
                    Score = link.Score,
                    Summary = $"Linked ({link.Relation}; {string.Join(", ", link.Regimes)}): {link.Explanation}. {link.NameMatch.Summary}",
                };
                ranked.Add((new ScreeningHit(link.Entity, link.Score, explanation), link));
            }
            ranked = [.. ranked.OrderByDescending(r => r.Hit.Score).Take(request.Limit)];
        }
        // The stored JSON is written here, on the caller's thread, so that the single writer only inserts.
        return new ScreenedSubject(
            request,
            SubjectKeys.For(request.Query, _normalizer),
            threshold,
            [.. ranked.Select(r => r.Hit)],
            [.. ranked.Select(r => RecordFingerprint.Compute(r.Hit.Entity))],
            [.. ranked.Select(r => r.Link)],
            JsonSerializer.Serialize(request.Query, options),
            JsonSerializer.Serialize(new { threshold, limit = request.Limit, matching = corpus.Index.Options }, options),
            [.. ranked.Select(r => JsonSerializer.Serialize(r.Hit.Explanation, options))]);
    }
}
