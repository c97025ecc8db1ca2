using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// The similarity of each query token to vocabulary tokens, computed at most once per query: candidate retrieval fills it, and
/// scoring a candidate name reads it, so a query token meets each distinct list token once however many names share it.
/// A similarity below <see cref="TokenSimilarity.MinPairSimilarity"/> may be given as 0: scoring never pairs such tokens.
/// The values live in the thread's <see cref="SimilarityTable"/>; should another query on the same thread take the table over
/// while this one is still in use, this one computes each similarity afresh, which gives the same values.
/// </summary>
internal sealed class QuerySimilarities
{
    [ThreadStatic]
    private static SimilarityTable? _threadTable;

    private readonly IReadOnlyList<NameToken> _query;
    private readonly TokenProfile[] _profiles;
    private readonly Vocabulary _vocabulary;
    private readonly SimilarityTable _table;

    public QuerySimilarities(IReadOnlyList<NameToken> query, Vocabulary vocabulary)
    {
        _query = query;
        _profiles = new TokenProfile[query.Count];
        for (var i = 0; i < _profiles.Length; i++) _profiles[i] = TokenProfile.Of(query[i]);
        _vocabulary = vocabulary;
        _table = _threadTable ??= new SimilarityTable();
        _table.TakeOver(this);
    }

    public void Remember(int queryToken, int vocabularyId, double similarity)
    {
        if (ReferenceEquals(_table.Owner, this)) _table.Set(queryToken, vocabularyId, similarity);
    }

    public double Get(int queryToken, int vocabularyId)
    {
        var owned = ReferenceEquals(_table.Owner, this);
        if (owned && _table.TryGet(queryToken, vocabularyId, out var sim)) return sim;
        // Most tokens a query meets in a candidate name are unlike it: 0 stands for any similarity below the pairing minimum.
        sim = TokenSimilarity.CannotPair(_profiles[queryToken], _vocabulary.Profile(vocabularyId))
            ? 0.0
            : TokenSimilarity.Similarity(_query[queryToken], _vocabulary.Token(vocabularyId), out _);
        if (owned) _table.Set(queryToken, vocabularyId, sim);
        return sim;
    }

    /// <summary>The similarities of the query's tokens to the tokens of one indexed name.</summary>
    public readonly struct ForName(QuerySimilarities owner, int[] tokenIds) : IPairSimilarity
    {
        public double Similarity(int i, int j) => owner.Get(i, tokenIds[j]);
    }
}
