using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// The similarity of each query token to vocabulary tokens, computed at most once per query: candidate retrieval fills it, and
/// scoring a candidate name reads it, so a query token meets each distinct list token once however many names share it.
/// </summary>
internal sealed class QuerySimilarities
{
    private readonly IReadOnlyList<NameToken> _query;
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<int, double>[] _cache;

    public QuerySimilarities(IReadOnlyList<NameToken> query, Vocabulary vocabulary)
    {
        _query = query;
        _vocabulary = vocabulary;
        _cache = new Dictionary<int, double>[query.Count];
        for (var i = 0; i < _cache.Length; i++) _cache[i] = [];
    }

    public void Remember(int queryToken, int vocabularyId, double similarity) => _cache[queryToken][vocabularyId] = similarity;

    public double Get(int queryToken, int vocabularyId)
    {
        var cache = _cache[queryToken];
        if (cache.TryGetValue(vocabularyId, out var sim)) return sim;
        sim = TokenSimilarity.Similarity(_query[queryToken], _vocabulary.Token(vocabularyId), out _);
        cache[vocabularyId] = sim;
        return sim;
    }

    /// <summary>The similarities of the query's tokens to the tokens of one indexed name.</summary>
    public readonly struct ForName(QuerySimilarities owner, int[] tokenIds) : IPairSimilarity
    {
        public double Similarity(int i, int j) => owner.Get(i, tokenIds[j]);
    }
}
