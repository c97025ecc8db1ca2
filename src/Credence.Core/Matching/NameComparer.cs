using Credence.Core.Entities;
using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// Compares two names directly, without an index. Without a corpus every word weighs the same (see <see cref="TokenWeights.Neutral"/>);
/// pass the weights of an index to score as screening does.
/// </summary>
public sealed class NameComparer
{
    private readonly NameNormalizer _normalizer;
    private readonly NameScorer _scorer;

    public NameComparer(NameNormalizer normalizer, TokenWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
        _scorer = new NameScorer(weights ?? TokenWeights.Neutral);
    }

    /// <summary>
    /// Scores two names in [0,1] with their token alignment. Both are normalised with <paramref name="schema"/>.
    /// <paramref name="name2"/> stands where a list name stands in screening: like the index, a bracketed part of it is also
    /// tried without ("Deutsche Bank (Schweiz) AG" as "Deutsche Bank AG"), and the best form counts.
    /// </summary>
    public NameComparison Compare(string name1, string name2, EntitySchema schema = EntitySchema.Unknown)
    {
        ArgumentNullException.ThrowIfNull(name1);
        ArgumentNullException.ThrowIfNull(name2);
        var query = _normalizer.Normalize(name1, schema);
        NameComparison? best = null;
        foreach (var variant in NameVariants.Of(name2))
        {
            var comparison = _scorer.Score(query, _normalizer.Normalize(variant, schema), schema == EntitySchema.Person);
            if (best is null || comparison.Score > best.Score) best = comparison;
        }
        return best!;
    }
}
