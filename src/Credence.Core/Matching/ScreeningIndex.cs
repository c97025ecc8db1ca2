using System.Diagnostics;
using Credence.Core.Entities;
using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// An in-memory index over listed entities. A query never scans the corpus: candidate names come from the query tokens' exact,
/// phonetic and character-trigram neighbours in the vocabulary and from identifiers, are ranked by an upper bound of their name
/// score, and only those that can reach the threshold are scored in full. <see cref="ScreenOptions.Exhaustive"/> scores every
/// name instead, to check the index. Thread-safe for concurrent <see cref="Screen"/> calls once built.
/// </summary>
public sealed partial class ScreeningIndex
{
    /// <summary>Candidates whose upper bound is below the threshold by more than this are not scored in full.</summary>
    internal const double BoundSlack = 0.25;

    private readonly SanctionEntity[] _entities;
    private readonly NormalizedName[] _names;
    private readonly double[][] _nameWeights;
    private readonly int[][] _nameTokenIds;
    private readonly int[] _nameEntity;
    private readonly int[][] _entityNames;
    private readonly bool[] _nameWeak;
    private readonly bool[] _namePersonal;
    private readonly string[] _namePublished;
    private readonly NameNormalizer _normalizer;
    private readonly NameScorer _scorer;
    private readonly QualifierScorer _qualifiers;
    private readonly TokenWeights _weights;
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<string, int[]> _identifiers;
    private readonly Dictionary<string, int[]> _acronymNames;
    private readonly int[] _nameForm;
    private readonly int _formCount;

    [ThreadStatic]
    private static FormScores? _threadFormScores;

    private ScreeningIndex(SanctionEntity[] entities, NameNormalizer normalizer, MatchingOptions options)
    {
        _entities = entities;
        _normalizer = normalizer;
        Options = options;
        _qualifiers = new QualifierScorer(options);

        var names = new List<NormalizedName>();
        var nameEntity = new List<int>();
        var nameWeak = new List<bool>();
        var namePublished = new List<string>();
        var identifiers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < entities.Length; e++)
        {
            var entity = entities[e];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in entity.Names)
            {
                foreach (var variant in NameVariants.Of(name.Value))
                {
                    var normalized = normalizer.Normalize(variant, entity.Schema);
                    if (normalized.Tokens.Count == 0 || !seen.Add(normalized.Display)) continue;
                    names.Add(normalized);
                    nameEntity.Add(e);
                    nameWeak.Add(name.Quality == NameQuality.Weak);
                    namePublished.Add(name.Value);
                }
            }
            foreach (var id in entity.Identifiers)
            {
                var key = QualifierScorer.NormalizeIdentifier(id.Value);
                if (key.Length < 4) continue;
                if (!identifiers.TryGetValue(key, out var list)) identifiers[key] = list = [];
                if (list.Count == 0 || list[^1] != e) list.Add(e);
            }
        }
        _names = [.. names];
        _nameEntity = [.. nameEntity];
        _nameWeak = [.. nameWeak];
        _namePersonal = [.. nameEntity.Select(e => entities[e].Schema == EntitySchema.Person)];
        _namePublished = [.. namePublished];
        _identifiers = identifiers.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _weights = TokenWeights.FromCorpus(_names);
        _scorer = new NameScorer(_weights);
        _vocabulary = new Vocabulary(_names);
        _nameWeights = [.. _names.Select(n => _scorer.WeightsOf(n.Tokens))];
        _nameTokenIds = [.. _names.Select(_vocabulary.IdsOf)];
        _acronymNames = AcronymIndex(_names);
        var byEntity = new List<int>[entities.Length];
        for (var n = 0; n < _nameEntity.Length; n++) (byEntity[_nameEntity[n]] ??= []).Add(n);
        _entityNames = [.. byEntity.Select(l => l?.ToArray() ?? [])];
        _nameForm = NameForms.Of(_names, _namePersonal, out _formCount);
    }

    /// <summary>Builds the index. Entities without a usable name are kept out of name matching but still match by identifier.</summary>
    /// <exception cref="ArgumentNullException">Any argument is null.</exception>
    public static ScreeningIndex Build(IEnumerable<SanctionEntity> entities, NameNormalizer normalizer, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(normalizer);
        return new ScreeningIndex([.. entities], normalizer, options ?? new MatchingOptions());
    }

    /// <summary>The number of entities indexed.</summary>
    public int Count => _entities.Length;

    /// <summary>The number of distinct normalised names indexed.</summary>
    public int NameCount => _names.Length;

    public MatchingOptions Options { get; }

    /// <summary>The token weights learnt from the indexed names.</summary>
    public TokenWeights Weights => _weights;

    /// <summary>
    /// Screens one subject. Returns hits at or above the threshold, best first, at most <see cref="ScreenOptions.Limit"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, ScreenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        options ??= new ScreenOptions();
        var threshold = options.Threshold ?? Options.Threshold;
        var normalized = NormalizedQuery.From(query, _normalizer);

        var queryTokens = normalized.Name.Tokens;
        var queryWeights = _scorer.WeightsOf(queryTokens);
        var sims = new QuerySimilarities(queryTokens, _vocabulary);
        var best = new Dictionary<int, (double Score, int Name)>();
        var formScores = _threadFormScores ??= new FormScores();
        formScores.Start(_formCount);
        if (queryTokens.Count > 0)
        {
            if (options.Exhaustive)
            {
                for (var n = 0; n < _names.Length; n++) Consider(n);
            }
            else
            {
                foreach (var n in Candidates(normalized.Name, queryWeights, sims, threshold)) Consider(n);
            }
        }

        var hits = new List<ScreeningHit>();
        foreach (var (e, (nameScore, n)) in best)
        {
            var entity = _entities[e];
            var (score, effects) = _qualifiers.Apply(query, normalized, entity, nameScore, _nameWeak[n]);
            if (score < threshold) continue;
            hits.Add(new ScreeningHit(entity, score, Explain(query, normalized.Name, entity, n, Comparison(normalized.Name, queryWeights, n), effects, score)));
        }

        // Identifier matches carry a hit on their own, whatever the names say.
        foreach (var id in normalized.Identifiers)
        {
            if (!_identifiers.TryGetValue(id, out var owners)) continue;
            foreach (var e in owners)
            {
                if (best.ContainsKey(e)) continue;
                var entity = _entities[e];
                var (nameScore, n, comparison) = BestNameOf(e, normalized.Name, queryWeights);
                var (score, effects) = _qualifiers.Apply(query, normalized, entity, nameScore, n >= 0 && _nameWeak[n]);
                if (score < threshold) continue;
                hits.Add(new ScreeningHit(entity, score, Explain(query, normalized.Name, entity, n, comparison, effects, score)));
            }
        }

        hits.Sort((x, y) =>
        {
            var c = y.Score.CompareTo(x.Score);
            return c != 0 ? c : string.CompareOrdinal(x.Entity.Id, y.Entity.Id);
        });
        if (hits.Count > options.Limit) hits.RemoveRange(options.Limit, hits.Count - options.Limit);
        return hits;

        void Consider(int n)
        {
            // A name listed again elsewhere under the same form was scored already.
            if (!formScores.TryGet(_nameForm[n], out var score))
            {
                score = _scorer.Score(queryTokens, queryWeights, _names[n].Tokens, _nameWeights[n],
                    new QuerySimilarities.ForName(sims, _nameTokenIds[n]), explain: null, _namePersonal[n]);
                formScores.Set(_nameForm[n], score);
            }
            var e = _nameEntity[n];
            var penalised = score - (_nameWeak[n] ? Options.WeakAliasPenalty : 0);
            if (!best.TryGetValue(e, out var current)
                || penalised > current.Score - (_nameWeak[current.Name] ? Options.WeakAliasPenalty : 0))
            {
                best[e] = (score, n);
            }
        }
    }

    // The explanation of a hit: the same scoring again, this time recording the alignment.
    private NameComparison Comparison(NormalizedName query, double[] queryWeights, int name)
    {
        var explain = new NameScorer.ScoreExplanation();
        var score = _scorer.Score(query.Tokens, queryWeights, _names[name].Tokens, _nameWeights[name],
            new QuerySimilarities.ForName(new QuerySimilarities(query.Tokens, _vocabulary), _nameTokenIds[name]), explain,
            _namePersonal[name]);
        return new NameComparison(score, explain.Tokens, explain.Rules);
    }

    private (double Score, int Name, NameComparison Comparison) BestNameOf(int entity, NormalizedName query, double[] queryWeights)
    {
        (double, int, NameComparison) best = (0, -1, new NameComparison(0, [], []));
        foreach (var n in _entityNames[entity])
        {
            var c = Comparison(query, queryWeights, n);
            if (c.Score > best.Item1) best = (c.Score, n, c);
        }
        return best;
    }

    private HitExplanation Explain(
        ScreeningQuery query, NormalizedName normalized, SanctionEntity entity, int name, NameComparison comparison,
        List<QualifierEffect> effects, double score)
    {
        var matched = name >= 0 ? _namePublished[name] : entity.PrimaryName;
        var parts = new List<string>
        {
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"\"{query.Name}\" matched \"{matched}\" with name score {comparison.Score:0.00}"),
        };
        if (normalized.Dropped.Count > 0) parts.Add("titles and ranks ignored: " + string.Join(' ', normalized.Dropped));
        parts.AddRange(comparison.Rules);
        foreach (var effect in effects)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{effect.Qualifier} {effect.Outcome} ({effect.Delta:+0.00;-0.00;0.00})"));
        }
        Debug.Assert(score is >= 0 and <= 1);
        return new HitExplanation(query.Name, matched, comparison.Score, comparison.Tokens, effects, score, string.Join("; ", parts) + ".");
    }
}
