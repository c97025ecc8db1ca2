using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// The distinct tokens of the indexed names, with the names each occurs in, and ways to find a query token's neighbours
/// without scanning: tokens sharing its phonetic key, tokens one edit away, tokens sharing enough of its padded character
/// trigrams, other known spellings of the same name, and tokens with the same consonants when one of the two has no vowels.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<NameToken> _tokens = [];
    private readonly TokenProfile[] _profiles;
    private readonly int[][] _postings;
    private readonly Dictionary<string, int[]> _phonetic;
    private readonly Dictionary<int, int[]> _trigrams;
    private readonly Dictionary<string, int[]> _deletions;
    private readonly Dictionary<string, int[]> _voweledSkeletons;
    private readonly Dictionary<string, int[]> _unvocalizedSkeletons;
    private readonly Dictionary<string, int[]> _sinoKeys;

    /// <summary>Tokens at least this long are indexed by their one-letter deletions.</summary>
    private const int MinDeletionLength = 4;

    /// <summary>How many query tokens' neighbour lists are remembered at most.</summary>
    private const int MaxCachedTokens = 200_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Id, double Similarity)[]> _similarCache =
        new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the dictionary; a counter of our own is cheaper on the query path.
    private int _cachedCount;

    /// <summary>The neighbours of each vocabulary token, found at build time: most query tokens are list tokens.</summary>
    private readonly (int Id, double Similarity)[][] _neighbours;

    [ThreadStatic]
    private static int[]? _threadCounts;

    [ThreadStatic]
    private static List<int>? _threadTouched;

    /// <summary>Indexes the tokens of <paramref name="names"/>; with <paramref name="precomputeNeighbours"/> (the default) also
    /// finds every vocabulary token's neighbours, on all cores.</summary>
    public Vocabulary(IReadOnlyList<NormalizedName> names, bool precomputeNeighbours = true)
    {
        var postings = new List<List<int>>();
        for (var n = 0; n < names.Count; n++)
        {
            foreach (var token in names[n].Tokens)
            {
                if (!_ids.TryGetValue(token.Text, out var id))
                {
                    id = _tokens.Count;
                    _ids[token.Text] = id;
                    _tokens.Add(token);
                    postings.Add([]);
                }
                var list = postings[id];
                if (list.Count == 0 || list[^1] != n) list.Add(n);
            }
        }
        _postings = [.. postings.Select(p => p.ToArray())];
        _profiles = [.. _tokens.Select(TokenProfile.Of)];

        var deletions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phonetic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var trigrams = new Dictionary<int, List<int>>();
        var voweled = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unvocalized = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var sino = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < _tokens.Count; id++)
        {
            var token = _tokens[id];
            if (token.Kind == TokenKind.Number) continue;
            if (token.SinoKey is { } sinoKey) Post(sino, sinoKey, id);
            if (token.Kind == TokenKind.Word)
            {
                var skeleton = ConsonantSkeleton.Of(token.Text);
                if (skeleton.Length >= 2) Post(token.Unvocalized ? unvocalized : voweled, skeleton, id);
            }
            if (token.Phonetic.Length >= 2) Post(phonetic, token.Phonetic, id);
            if (token.Text.Length >= MinDeletionLength)
            {
                for (var p = 0; p < token.Text.Length; p++) Post(deletions, token.Text.Remove(p, 1), id);
            }
            if (token.Text.Length < 3) continue;
            foreach (var g in Trigrams(token.Text)) Post(trigrams, g, id);
        }
        _phonetic = Frozen(phonetic);
        _trigrams = Frozen(trigrams);
        _deletions = Frozen(deletions);
        _voweledSkeletons = Frozen(voweled);
        _unvocalizedSkeletons = Frozen(unvocalized);
        _sinoKeys = Frozen(sino);

        _neighbours = new (int Id, double Similarity)[_tokens.Count][];
        if (precomputeNeighbours) Parallel.For(0, _tokens.Count, id => _neighbours[id] = Compute(_tokens[id]));
    }

    public int Count => _tokens.Count;

    // Adds a token to the postings of a key, once: tokens come in id order.
    private static void Post<TKey>(Dictionary<TKey, List<int>> index, TKey key, int id)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
        if (ids.Count == 0 || ids[^1] != id) ids.Add(id);
    }

    private static Dictionary<TKey, int[]> Frozen<TKey>(Dictionary<TKey, List<int>> index)
        where TKey : notnull =>
        index.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), index.Comparer);

    public bool TryGetId(string text, out int id) => _ids.TryGetValue(text, out id);

    public bool TryGetId(ReadOnlySpan<char> text, out int id) => _ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out id);

    public int[] Postings(int id) => _postings[id];

    public NameToken Token(int id) => _tokens[id];

    public TokenProfile Profile(int id) => _profiles[id];

    /// <summary>The vocabulary ids of a name's tokens, in order.</summary>
    public int[] IdsOf(NormalizedName name)
    {
        var ids = new int[name.Tokens.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = _ids[name.Tokens[i].Text];
        return ids;
    }

    /// <summary>
    /// Vocabulary tokens similar to <paramref name="query"/> (similarity at least the pairing minimum), with their similarity.
    /// A vocabulary token's own neighbours were found at build time; other tokens' are remembered per token text and kind (the
    /// vocabulary never changes), since real query streams repeat tokens constantly.
    /// </summary>
    public IReadOnlyList<(int Id, double Similarity)> Similar(NameToken query)
    {
        if (_ids.TryGetValue(query.Text, out var own) && _neighbours[own] is { } found && SameClass(query, _tokens[own]))
        {
            return found;
        }
        var key = CacheKey(query);
        if (_similarCache.TryGetValue(key, out var cached)) return cached;
        var array = Compute(query);
        if (Volatile.Read(ref _cachedCount) < MaxCachedTokens && _similarCache.TryAdd(key, array)) Interlocked.Increment(ref _cachedCount);
        return array;
    }

    /// <summary>The neighbours of <paramref name="query"/> computed afresh, without the precomputed lists or the cache.</summary>
    internal (int Id, double Similarity)[] Compute(NameToken query)
    {
        var result = new List<(int Id, double Similarity)>();
        Similar(query, result);
        return [.. result];
    }

    // Token similarity depends on the token only through its text and these classes: initials, numbers and legal forms compare
    // by their own rules, unvocalized tokens also by consonants, Han and Hangul syllables only exactly with each other, romanised
    // Chinese syllables also by their sound key, and every other kind by spelling and sound. Tokens of one text
    // and one class have the same neighbours.
    private static int KindClass(NameToken token) => token.Kind switch
    {
        TokenKind.Initial => 1,
        TokenKind.Number => 2,
        TokenKind.LegalForm => 3,
        _ => token.Unvocalized ? 4 : token.Syllable ? 5 : token.SinoKey is not null ? 6 : 0,
    };

    private static bool SameClass(NameToken a, NameToken b) => KindClass(a) == KindClass(b);

    private static string CacheKey(NameToken query) => KindClass(query) switch
    {
        0 => query.Text,
        var c => string.Concat(((char)c).ToString(), query.Text),
    };

    private void Similar(NameToken query, List<(int Id, double Similarity)> result)
    {
        result.Clear();
        if (_ids.TryGetValue(query.Text, out var exact)) result.Add((exact, 1.0));
        if (query.Kind is TokenKind.Number or TokenKind.Initial) return;

        var counts = _threadCounts;
        if (counts is null || counts.Length < _tokens.Count) _threadCounts = counts = new int[Math.Max(_tokens.Count, 16)];
        var touched = _threadTouched ??= [];
        touched.Clear();

        if (query.Phonetic.Length >= 2 && _phonetic.TryGetValue(query.Phonetic, out var sameSound)) Mark(sameSound);

        // Other spellings and short forms of the same name ("husayn" for "hussein", "bibi" for "benjamin").
        foreach (var other in NameEquivalents.Of(query.Text))
        {
            if (_ids.TryGetValue(other, out var id)) Mark([id]);
        }

        // A name transliterated without vowels meets the names with the same consonants, and the other way round.
        if (query.Kind == TokenKind.Word
            && (query.Unvocalized ? _voweledSkeletons : _unvocalizedSkeletons).TryGetValue(ConsonantSkeleton.Of(query.Text), out var sameConsonants))
        {
            Mark(sameConsonants);
        }

        // The same Chinese syllables in another romanisation ("hsi" for "xi").
        if (query.SinoKey is { } sinoKey && _sinoKeys.TryGetValue(sinoKey, out var sameSyllables)) Mark(sameSyllables);

        // Every token one edit away (a letter dropped, added or changed), through the index of one-letter deletions.
        if (query.Text.Length >= MinDeletionLength)
        {
            if (_deletions.TryGetValue(query.Text, out var longer)) Mark(longer);
            var deletionLookup = _deletions.GetAlternateLookup<ReadOnlySpan<char>>();
            var idLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> key = query.Text.Length <= 128 ? stackalloc char[query.Text.Length - 1] : new char[query.Text.Length - 1];
            for (var p = 0; p < query.Text.Length; p++)
            {
                query.Text.AsSpan(0, p).CopyTo(key);
                query.Text.AsSpan(p + 1).CopyTo(key[p..]);
                if (deletionLookup.TryGetValue(key, out var same)) Mark(same);
                if (idLookup.TryGetValue(key, out var shorter)) MarkOne(shorter);
            }
        }

        var needed = 1;
        if (query.Text.Length >= 3)
        {
            // Retrieval is stricter than pairing: a neighbour must share half the query's padded trigrams (or sound the same);
            // weaker neighbours earn little credit, and scoring still meets them when a candidate comes through other tokens.
            var grams = Trigrams(query.Text);
            needed = Math.Max(1, (grams.Count + 1) / 2);
            foreach (var g in grams)
            {
                if (!_trigrams.TryGetValue(g, out var ids)) continue;
                foreach (var id in ids)
                {
                    if (counts[id] == 0) touched.Add(id);
                    counts[id]++;
                }
            }
        }

        var profile = TokenProfile.Of(query);
        foreach (var id in touched)
        {
            var count = counts[id];
            counts[id] = 0;
            if (id == exact && result.Count > 0 && result[0].Id == exact) continue;
            if (count < needed) continue;
            var other = _tokens[id].Text.Length;
            if (Math.Abs(other - query.Text.Length) > 0.45 * Math.Max(other, query.Text.Length)) continue;
            if (TokenSimilarity.CannotPair(profile, _profiles[id])) continue;
            var sim = TokenSimilarity.Similarity(query, _tokens[id], out _);
            if (sim >= TokenSimilarity.MinPairSimilarity) result.Add((id, sim));
        }

        // A neighbour found by sound or by one edit is always compared, however few trigrams it shares.
        void Mark(int[] ids)
        {
            foreach (var id in ids) MarkOne(id);
        }

        void MarkOne(int id)
        {
            if (counts[id] == 0) touched.Add(id);
            counts[id] = int.MaxValue / 2;
        }
    }

    private static List<int> Trigrams(string text)
    {
        var grams = new List<int>(text.Length + 2);
        var padded = "{" + text + "}";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            var g = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2];
            if (!grams.Contains(g)) grams.Add(g);
        }
        return grams;
    }
}
