using Credence.Core.Entities;
using Credence.Core.Matching;
using Credence.Core.Text;
using Credence.Lists.Common;
using Credence.Lists.Demo;
using Credence.Lists.Text;
using Credence.Store.Data;
using Credence.Store.Lists;

namespace Credence.Store.Screening;

/// <summary>
/// What a host screens against: an index over a set of lists and the record of which lists those were (source, date,
/// SHA-256), which goes with every result. Thread-safe for concurrent <see cref="Screen"/> calls.
/// </summary>
public sealed class ScreeningCorpus
{
    private ScreeningCorpus(IReadOnlyList<CorpusSnapshot> snapshots, ScreeningIndex index, CorpusOrigin origin)
    {
        Snapshots = snapshots;
        Index = index;
        Origin = origin;
        SnapshotsJson = System.Text.Json.JsonSerializer.Serialize(snapshots, ScreeningRecorder.JsonOptions);
    }

    /// <summary>The lists in the index.</summary>
    public IReadOnlyList<CorpusSnapshot> Snapshots { get; }

    /// <summary><see cref="Snapshots"/> as every screening against this corpus stores them, written once.</summary>
    public string SnapshotsJson { get; }

    public ScreeningIndex Index { get; }

    /// <summary>Where the lists came from: files given directly, the store's active snapshots, or the built-in demo list.</summary>
    public CorpusOrigin Origin { get; }

    /// <summary>
    /// The normaliser both hosts screen and compare with: script-aware transliteration (Burmese through the Myanmar
    /// romaniser, CJK by syllable, the rest through AnyAscii), so a Burmese-script query meets the lists' Latin spellings.
    /// </summary>
    public static NameNormalizer CreateNormalizer() => new(ScriptAwareTransliterator.Instance);

    /// <summary>Screens one subject; see <see cref="ScreeningIndex.Screen"/>.</summary>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, ScreenOptions? options = null) => Index.Screen(query, options);

    /// <summary>Indexes lists that were loaded directly from files.</summary>
    public static ScreeningCorpus FromLists(IEnumerable<LoadedList> lists, MatchingOptions? options = null) =>
        FromLists(lists, options, CorpusOrigin.Files);

    /// <summary>Indexes the store's active snapshots (see <see cref="ActiveEntitiesQuery"/>).</summary>
    public static ScreeningCorpus FromActive(ActiveEntities active, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(active);
        var snapshots = active.Snapshots.Select(s => new CorpusSnapshot(s.Source, s.Published, s.Sha256, s.EntityCount, s.Id)).ToList();
        return Build(snapshots, active.Entities, options, CorpusOrigin.Store);
    }

    /// <summary>
    /// Indexes some entities of one stored snapshot (e.g. what it added or changed, for monitoring); <paramref name="snapshot"/>
    /// is what screenings against it record.
    /// </summary>
    public static ScreeningCorpus FromEntities(CorpusSnapshot snapshot, IEnumerable<SanctionEntity> entities, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(entities);
        return Build([snapshot], entities, options, CorpusOrigin.Store);
    }

    /// <summary>
    /// The store's active snapshots or, when the store has none, Credence's built-in demo list (so a fresh installation
    /// screens something); <see cref="Origin"/> tells which.
    /// </summary>
    public static async Task<ScreeningCorpus> LoadActiveOrDemoAsync(
        CredenceDbContext db, MatchingOptions? options = null, CancellationToken cancellationToken = default)
    {
        var active = await new ActiveEntitiesQuery(db).LoadAsync(cancellationToken).ConfigureAwait(false);
        return active.IsEmpty ? FromLists([DemoData.Load()], options, CorpusOrigin.Demo) : FromActive(active, options);
    }

    private static ScreeningCorpus FromLists(IEnumerable<LoadedList> lists, MatchingOptions? options, CorpusOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(lists);
        var loaded = lists.ToList();
        var snapshots = loaded
            .Select(l => new CorpusSnapshot(l.Result.Source, l.Result.Published, l.Sha256, l.Result.Entities.Count))
            .ToList();
        return Build(snapshots, loaded.SelectMany(l => l.Result.Entities), options, origin);
    }

    private static ScreeningCorpus Build(
        IReadOnlyList<CorpusSnapshot> snapshots, IEnumerable<SanctionEntity> entities, MatchingOptions? options, CorpusOrigin origin)
    {
        return new ScreeningCorpus(snapshots, ScreeningIndex.Build(entities, CreateNormalizer(), options), origin);
    }
}
