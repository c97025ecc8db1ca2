using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// The distinct tokens of the indexed names, with the names each occurs in, and two ways to find a query token's neighbours
/// without scanning: tokens sharing its phonetic key, and tokens sharing enough of its padded character trigrams.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<NameToken> _tokens = [];
    private readonly int[][] _postings;
    private readonly Dictionary<string, int[]> _phonetic;
    private readonly Dictionary<int, int[]> _trigrams;

    [ThreadStatic]
    private static int[]? t_counts;

    public Vocabulary(IReadOnlyList<NormalizedName> names)
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

        var phonetic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var trigrams = new Dictionary<int, List<int>>();
        for (var id = 0; id < _tokens.Count; id++)
        {
            var token = _tokens[id];
            if (token.Kind == TokenKind.Number) continue;
            if (token.Phonetic.Length >= 2)
            {
                if (!phonetic.TryGetValue(token.Phonetic, out var p)) phonetic[token.Phonetic] = p = [];
                p.Add(id);
            }
            if (token.Text.Length < 3) continue;
            foreach (var g in Trigrams(token.Text))
            {
                if (!trigrams.TryGetValue(g, out var t)) trigrams[g] = t = [];
                if (t.Count == 0 || t[^1] != id) t.Add(id);
            }
        }
        _phonetic = phonetic.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _trigrams = trigrams.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public int Count => _tokens.Count;

    public bool TryGetId(string text, out int id) => _ids.TryGetValue(text, out id);

    public int[] Postings(int id) => _postings[id];

    public NameToken Token(int id) => _tokens[id];

    /// <summary>The vocabulary ids of a name's tokens, in order.</summary>
    public int[] IdsOf(NormalizedName name)
    {
        var ids = new int[name.Tokens.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = _ids[name.Tokens[i].Text];
        return ids;
    }

    /// <summary>Vocabulary tokens similar to <paramref name="query"/> (similarity at least the pairing minimum), with their similarity.</summary>
    public void Similar(NameToken query, List<(int Id, double Similarity)> result)
    {
        result.Clear();
        if (_ids.TryGetValue(query.Text, out var exact)) result.Add((exact, 1.0));
        if (query.Kind is TokenKind.Number or TokenKind.Initial) return;

        var counts = t_counts;
        if (counts is null || counts.Length < _tokens.Count) t_counts = counts = new int[Math.Max(_tokens.Count, 16)];
        var touched = new List<int>();

        if (query.Phonetic.Length >= 2 && _phonetic.TryGetValue(query.Phonetic, out var sameSound))
        {
            foreach (var id in sameSound)
            {
                if (counts[id] == 0) touched.Add(id);
                counts[id] = int.MaxValue / 2;
            }
        }

        var needed = 1;
        if (query.Text.Length >= 3)
        {
            var grams = Trigrams(query.Text);
            // Two tokens within the pairing similarity share at least about a third of their padded trigrams.
            needed = Math.Max(1, grams.Count / 3);
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

        foreach (var id in touched)
        {
            var count = counts[id];
            counts[id] = 0;
            if (id == exact && result.Count > 0 && result[0].Id == exact) continue;
            if (count < needed) continue;
            var sim = TokenSimilarity.Similarity(query, _tokens[id], out _);
            if (sim >= TokenSimilarity.MinPairSimilarity) result.Add((id, sim));
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
